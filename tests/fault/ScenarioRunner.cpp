// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioRunner.h"

#include "FaultVfs.h"
#include "FileSizeLimit.h"
#include "ProjectDump.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <set>

using namespace Qt::StringLiterals;

namespace {

struct Snapshot
{
    QMap<QString, QString> projects;   // relative path -> canonical dump
    QMap<QString, QByteArray> outputs; // relative path -> bytes (a folder: its files, names and bytes)
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QByteArray outputBytes(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return "<absent>";
    if (!info.isDir())
        return readAll(path);
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    QByteArray bytes;
    for (const QString &file : std::as_const(files)) {
        const QByteArray content = readAll(file);
        bytes += QDir(path).relativeFilePath(file).toUtf8() + '\n' + QByteArray::number(content.size()) + '\n' + content
                 + '\n';
    }
    return bytes;
}

// The largest plain file an output holds.
qint64 largestFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.exists() ? info.size() : 0;
    qint64 largest = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        largest = std::max(largest, QFileInfo(it.next()).size());
    return largest;
}

Snapshot snapshot(const Scenario &scenario, const QString &folder)
{
    Snapshot s;
    for (const QString &project : scenario.projects)
        s.projects.insert(project, ProjectDump::read(folder + u'/' + project).dump);
    for (const QString &output : scenario.outputs)
        s.outputs.insert(output, outputBytes(folder + u'/' + output));
    return s;
}

bool copyFolder(const QString &from, const QString &to)
{
    QDir(to).removeRecursively();
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        if (it.fileInfo().isDir() ? !QDir().mkpath(target) : !QFile::copy(source, target))
            return false;
    }
    return true;
}

// The first line where two dumps differ, to say what a damaged state looks like.
QString firstDifference(const QString &state, const QString &expected)
{
    const QStringList a = state.split(u'\n');
    const QStringList b = expected.split(u'\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString left = a.value(i, u"<end>"_s), right = b.value(i, u"<end>"_s);
        if (left != right)
            return u"line "_s + QString::number(i + 1) + u": \""_s + left.left(120)
                   + u"\" where the after state has \""_s + right.left(120) + u"\""_s;
    }
    return {};
}

// What the run left wrong, one line each; empty when it kept its promise.
QStringList check(const Scenario &scenario, const QString &folder, const Snapshot &before, const Snapshot &after,
                  const ProjectAdapter::Outcome &outcome)
{
    QStringList problems;
    for (const QString &project : scenario.projects) {
        const QString path = folder + u'/' + project;
        const ProjectDump::Result dump = ProjectDump::read(path);
        const bool isBefore = dump.dump == before.projects.value(project);
        const bool isAfter = dump.dump == after.projects.value(project);
        if (dump.integrity != u"ok")
            problems.append(project + u" fails integrity_check: "_s + dump.integrity.left(200));
        if (outcome.ok && !isAfter)
            problems.append(project + u": success was reported but the change is "_s
                            + (isBefore
                                   ? u"missing (the state before)"_s
                                   : u"not all there: "_s + firstDifference(dump.dump, after.projects.value(project))));
        else if (!isBefore && !isAfter)
            problems.append(project + u" holds neither the state before nor the state after: "_s
                            + firstDifference(dump.dump, after.projects.value(project)));
        if (dump.dump != u"absent") {
            const ProjectAdapter::Outcome opened = ProjectAdapter::open(path);
            if (!opened.ok)
                problems.append(project + u" does not open: "_s + opened.message);
            else if (opened.readOnly)
                problems.append(project + u" opens read-only: "_s + opened.message);
        }
    }
    // Clear messages: what happened and what to do, never a driver's raw words.
    for (const QString &raw :
         {u"Unknown error"_s, u"Unable to fetch row"_s, u"Unable to execute statement"_s, u"Unable to commit"_s}) {
        if (!outcome.ok && outcome.message.contains(raw))
            problems.append(u"the message is not one a user can act on: "_s + outcome.message.left(200));
    }
    for (const QString &output : scenario.outputs) {
        const QByteArray bytes = outputBytes(folder + u'/' + output);
        if (outcome.ok && bytes != after.outputs.value(output))
            problems.append(output + u": success was reported but it is not the complete export ("_s
                            + QString::number(bytes.size()) + u" bytes of "_s
                            + QString::number(after.outputs.value(output).size()) + u")"_s);
        else if (!outcome.ok && bytes != before.outputs.value(output))
            problems.append(output + u": the export failed but the earlier file changed ("_s
                            + QString::number(bytes.size()) + u" bytes, was "_s
                            + QString::number(before.outputs.value(output).size()) + u")"_s);
    }
    return problems;
}

} // namespace

QString ScenarioReport::summary() const
{
    QString text = QString::number(faultPoints) + u" SQLite fault points ("_s + QString::number(pointsInjected)
                   + u" injected once and persistently), "_s + QString::number(fileLimits) + u" file size limits, "_s
                   + QString::number(injected) + u" runs with a fault ("_s + QString::number(reportedFailures)
                   + u" reported failure), "_s + QString::number(violations.size()) + u" lost or damaged something"_s;
    for (const QString &violation : violations)
        text += u"\n  "_s + violation;
    return text;
}

ScenarioReport runScenario(const Scenario &scenario)
{
    ScenarioReport report;
    FaultVfs::install();
    QTemporaryDir root;
    const QString beforeFolder = root.filePath(u"before"_s);
    const QString work = root.filePath(u"work"_s); // every run in the same place: outputs may name it
    QDir().mkpath(beforeFolder);
    FaultVfs::disarm();
    scenario.prepare(beforeFolder);
    const Snapshot before = snapshot(scenario, beforeFolder);

    // The fault-free run: the after state, and how many fault points the operation passes.
    copyFolder(beforeFolder, work);
    FaultVfs::startCounting();
    const ProjectAdapter::Outcome reference = scenario.run(work);
    report.faultPoints = FaultVfs::count();
    for (int n = 1; n <= report.faultPoints; ++n)
        report.pointKinds.append(FaultVfs::describe(n));
    if (!reference.ok) {
        report.violations.append(u"the operation fails without any fault: "_s + reference.message);
        return report;
    }
    const Snapshot after = snapshot(scenario, work);
    qint64 largestOutput = 0;
    for (const QString &output : scenario.outputs)
        largestOutput = std::max(largestOutput, largestFile(work + u'/' + output));

    // HAMISH_FAULT_VERBOSE=1 prints every run's outcome, to see which path a fault took.
    const bool verbose = qEnvironmentVariableIntValue("HAMISH_FAULT_VERBOSE") != 0;
    auto record = [&](const QString &fault, const ProjectAdapter::Outcome &outcome) {
        if (verbose)
            std::printf("  %s: %s\n", qPrintable(fault),
                        qPrintable(outcome.ok ? u"success"_s : u"failure: "_s + outcome.message.left(200)));
        ++report.injected;
        report.reportedFailures += !outcome.ok;
        for (const QString &problem : check(scenario, work, before, after, outcome))
            report.violations.append(fault + u": "_s + problem + u" [reported: "_s
                                     + (outcome.ok ? u"success"_s : u"failure: "_s + outcome.message.left(160))
                                     + u"]"_s);
    };

    std::set<int> points;
    for (int n = 1; n <= report.faultPoints; ++n) {
        const bool sampled = scenario.samplePoints <= 0 || n > report.faultPoints - 20
                             || (n - 1) % std::max(1, report.faultPoints / scenario.samplePoints) == 0;
        if (sampled)
            points.insert(n);
    }
    report.pointsInjected = int(points.size());
    for (const FaultVfs::Mode mode : {FaultVfs::Mode::Once, FaultVfs::Mode::Persistent}) {
        for (const int n : points) {
            copyFolder(beforeFolder, work);
            FaultVfs::arm(n, mode);
            const ProjectAdapter::Outcome outcome = scenario.run(work);
            FaultVfs::disarm();
            record(u"point "_s + QString::number(n) + u" ("_s + report.pointKinds.value(n - 1) + u", "_s
                       + (mode == FaultVfs::Mode::Once ? u"once"_s : u"persistent"_s) + u")"_s,
                   outcome);
        }
    }

    if (scenario.fileFaults && largestOutput > 0) {
        // Where the file's writes cross a limit: nothing fits, one byte, around each 16 KiB chunk Qt
        // buffers (below 32 KiB SQLite cannot make its shared-memory file, so the project's reads fail
        // first), half way, and one byte short of the end (the final flush).
        std::set<qint64> limits = {0, 1, 4096, 16383, 16384, 16385, 32769, largestOutput / 2, largestOutput - 1};
        for (qint64 chunk = 32768; chunk < largestOutput; chunk += 16384) {
            limits.insert(chunk - 1);
            limits.insert(chunk + 1);
        }
        for (const qint64 limit : limits) {
            if (limit < 0 || limit >= largestOutput)
                continue;
            ++report.fileLimits;
            copyFolder(beforeFolder, work);
            ProjectAdapter::Outcome outcome;
            {
                const FileSizeLimit guard(limit);
                outcome = scenario.run(work);
            }
            record(u"file size limit "_s + QString::number(limit), outcome);
        }
    }
    return report;
}
