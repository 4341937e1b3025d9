// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectAdapter.h"

#include <QMap>
#include <QStringList>

#include <functional>

// Runs one operation on a project again and again, failing a different I/O operation each time, the way
// SQLite's own I/O-error tests do: first once without faults to count its fault points N (SQLite writes,
// fsyncs, truncates and opens for writing) and take the state after it; then for every n in 1..N, from a
// fresh copy of the state before, failing the nth point once (a transient error) and failing it and every
// later one (a disk that stays full). Plain file writes (exports, copies) are failed by a file size limit
// at a list of byte offsets. After each run it checks what a user relies on:
//  - every project file opens (not read-only because of a left-over lock) and passes integrity_check;
//  - it holds exactly the state before the operation or exactly the state after it, and the after state
//    when the operation reported success;
//  - every output file or folder holds exactly the complete new output when the operation reported
//    success, and exactly what it held before when the operation reported failure.
struct Scenario
{
    QString name;
    // Builds the state before the operation in `folder` (no faults injected).
    std::function<void(const QString &folder)> prepare;
    // The operation under test, on the files in `folder`.
    std::function<ProjectAdapter::Outcome(const QString &folder)> run;
    QStringList projects; // project files, relative to the folder
    QStringList outputs;  // export files or folders, relative to the folder
    bool fileFaults = false;
    // For operations with thousands of points: inject at this many, evenly spread, plus the last 20 (where
    // the commit happens). 0 injects at every point.
    int samplePoints = 0;
};

struct ScenarioReport
{
    int faultPoints = 0;      // SQLite fault points in one fault-free run
    int pointsInjected = 0;   // how many of them were failed (all of them unless the scenario samples)
    QStringList pointKinds;   // what each of them is, e.g. "write wal"
    int injected = 0;         // runs with a fault injected (SQLite points twice: once and persistent; file limits)
    int fileLimits = 0;       // file size limits tried
    int reportedFailures = 0; // injected runs that reported failure
    QStringList violations;   // each one a run that lost or damaged something: point, mode, what, message

    QString summary() const;
};

ScenarioReport runScenario(const Scenario &scenario);
