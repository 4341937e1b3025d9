// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Hamish {

class Extractor;

// Scores the extractor against Duckling's Arabic corpus (corpus.json: dimensions of rows with `inputs`
// and an `expected` value): per dimension, the share of inputs whose extracted value equals the expected
// one exactly. Rows without an expected value (intervals, holidays) are not counted.
class DucklingEvaluation
{
public:
    struct Result
    {
        QString dimension;
        int inputs = 0;
        int correct = 0;
        QStringList failures; // "input => what was found"
    };

    static QList<Result> evaluate(const Extractor &extractor, const QJsonObject &corpus);
};

} // namespace Hamish
