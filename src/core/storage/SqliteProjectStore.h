// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/SqlProjectStore.h"

#include <memory>

namespace Hamish {

// A project in one SQLite file (see ProjectSchema for its tables). Every edit is committed when it is
// made (write-ahead log, synchronous=FULL), so a crash loses at most the edit in flight. A lock file
// beside the project keeps a second Hamish from writing to it at the same time.
class SqliteProjectStore : public SqlProjectStore
{
    Q_OBJECT

public:
    // Creates a new project file (refusing to overwrite one) with the given label set, and opens it.
    static Result<std::unique_ptr<SqliteProjectStore>> create(const QString &path,
                                                              const QList<Label> &labels = defaultLabels());
    // Opens a project file. A file open in another Hamish opens read-only, with the reason in
    // readOnlyReason(). A file that is not a project, is damaged or is from a newer Hamish is refused and
    // left untouched.
    static Result<std::unique_ptr<SqliteProjectStore>> open(const QString &path, OpenMode mode = OpenMode::ReadWrite);

    ~SqliteProjectStore() override;

    QString location() const override;
    QString displayName() const override;

    Result<void> saveCopy(const QString &path) override;
    bool isOwnFile(const QString &path) const override;
    Result<void> checkLocation() const override;
    Result<void> checkIntegrity() const override;

private:
    SqliteProjectStore();
};

} // namespace Hamish
