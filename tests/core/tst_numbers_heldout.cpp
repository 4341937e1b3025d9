// SPDX-License-Identifier: GPL-3.0-or-later
#include "../CatchQt.h"
#include "../TestExtractor.h"

#include "core/extraction/Extractor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <cmath>

using namespace Hamish;
using namespace Qt::StringLiterals;

// How the numeric rules read news phrases they were never tuned on (tests/data/news-numbers-heldout.tsv,
// written before the rules were tuned for issue 18). The figure is printed; the test fails when it drops
// below what the rules reached when the set was last scored, so a change that reads news worse is seen.

namespace {

// The score the rules reached on the held-out set (README "Extraction"): a regression guard, not a target.
constexpr int kHeldOutFloor = 71; // of 78, measured 2026-12 (issue 18)

bool sameValue(const QJsonValue &expected, const QJsonValue &found)
{
    if (expected.isDouble())
        return found.isDouble()
               && std::abs(expected.toDouble() - found.toDouble())
                      <= 1e-6 * std::max(1.0, std::abs(expected.toDouble()));
    if (expected.isObject()) {
        if (!found.isObject())
            return false;
        const QJsonObject want = expected.toObject();
        const QJsonObject have = found.toObject();
        for (auto it = want.begin(); it != want.end(); ++it) {
            if (!sameValue(it.value(), have.value(it.key())))
                return false;
        }
        return true;
    }
    return expected == found;
}

QString describe(const Annotation &annotation, const QString &text)
{
    const QString value =
        annotation.value.isObject()
            ? QString::fromUtf8(QJsonDocument(annotation.value.toObject()).toJson(QJsonDocument::Compact))
            : QString::fromUtf8(QJsonDocument(QJsonArray{annotation.value}).toJson(QJsonDocument::Compact));
    return annotation.label + u" «"_s + text.mid(annotation.start, annotation.length()) + u"» "_s + value;
}

} // namespace

TEST_CASE("Held-out news phrases: numbers, amounts, dates and times the rules were not tuned on",
          "[extraction][heldout]")
{
    QFile file(QStringLiteral(HAMISH_TEST_DATA_DIR) + u"/news-numbers-heldout.tsv"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Extractor &extractor = TestExtractor::shared();
    QMap<QString, std::pair<int, int>> perLabel; // label -> (passed, rows)
    QStringList misses;
    int passed = 0;
    int rows = 0;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList columns = line.split(u'\t');
        REQUIRE(columns.size() == 4);
        const QString &label = columns.at(0);
        const QString &surface = columns.at(1);
        const QString &sentence = columns.at(3);
        const qsizetype at = sentence.indexOf(surface);
        INFO(line.toStdString());
        REQUIRE(at >= 0);
        const QList<Annotation> found = extractor.extract(sentence);
        bool ok = false;
        QStringList seen;
        if (label.startsWith(u'!')) {
            ok = true;
            for (const Annotation &annotation : found) {
                if (annotation.label == label.mid(1) && annotation.start < at + surface.size() && annotation.end > at) {
                    ok = false;
                    seen << describe(annotation, sentence);
                }
            }
        } else {
            QJsonParseError error;
            const QJsonDocument expected =
                QJsonDocument::fromJson(u"["_s.toUtf8() + columns.at(2).toUtf8() + "]", &error);
            REQUIRE(error.error == QJsonParseError::NoError);
            for (const Annotation &annotation : found) {
                if (annotation.label != label)
                    continue;
                seen << describe(annotation, sentence);
                if (annotation.start == at && annotation.end == at + surface.size()
                    && sameValue(expected.array().first(), annotation.value))
                    ok = true;
            }
        }
        ++rows;
        auto &counts = perLabel[label.startsWith(u'!') ? u"not "_s + label.mid(1) : label];
        ++counts.second;
        if (ok) {
            ++passed;
            ++counts.first;
        } else {
            misses << label + u' ' + surface + u" => "_s + (seen.isEmpty() ? u"nothing"_s : seen.join(u"; "_s));
        }
    }
    QString report = u"held-out news phrases: %1/%2\n"_s.arg(passed).arg(rows);
    for (auto it = perLabel.begin(); it != perLabel.end(); ++it)
        report += u"  %1 %2/%3\n"_s.arg(it.key()).arg(it.value().first).arg(it.value().second);
    // The rows missed are listed only on request: looking at them while changing the rules would be tuning
    // on the held-out set.
    if (qEnvironmentVariableIsSet("HAMISH_HELDOUT_MISSES"))
        report += u"misses:\n  "_s + misses.join(u"\n  "_s);
    WARN(report.toStdString());
    CHECK(passed >= kHeldOutFloor);
}
