// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace Hamish {

class Project;

// Why a project file could not be opened (or created).
enum class ProjectError {
    None,
    NotFound,      // no file at the path
    AlreadyExists, // create() refuses to overwrite
    Unreadable,    // permissions, a folder, an I/O error
    NotAProject,   // not an SQLite file at all, or an SQLite file that is not a Hamish project
    Corrupt,       // a Hamish project whose database is damaged
    NewerVersion,  // written by a newer Hamish: opening it here could lose data
    Locked,        // open in another Hamish and cannot be opened read-only (an older schema needs migrating)
    Failed,        // SQLite refused something else
};

// The outcome of opening or creating a project: the project, or an error kind and a message that names
// the file, says which case it is and what to do.
struct ProjectOpenResult
{
    std::unique_ptr<Project> project;
    ProjectError error = ProjectError::None;
    QString message; // the error; or, on success, a notice (e.g. why it was opened read-only)

    bool ok() const { return project != nullptr; }
};

} // namespace Hamish
