// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ProjectLearning.h"

#include "cli/CommandSupport.h"
#include "core/tagger/ProjectTraining.h"
#include "core/tagger/TaggerEvaluation.h"

#include <QElapsedTimer>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;

namespace Hamish::Cli {

int trainOnProject(const QString &path, const QString &dataPath, int projectWeight, Io &io)
{
    const std::unique_ptr<Workspace> workspace = openProject(path, true, u"hamish train"_s, io);
    if (!workspace)
        return 1;
    QList<TaggedSentence> shipped;
    if (!dataPath.isEmpty()) {
        QString error;
        shipped = ConllCorpus::read(dataPath, &error);
        if (shipped.isEmpty()) {
            io.err << "hamish train: " << error << '\n';
            return 1;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const Result<Workspace::Retrained> retrained =
        workspace->retrainEntityModel(shipped, projectWeight, [&](int epoch) {
            io.err << "epoch " << epoch << '\n';
            io.err.flush();
        });
    if (!retrained) {
        io.err << "hamish train: " << path << ": " << retrained.errorMessage() << '\n';
        return 1;
    }
    io.out << "trained on " << retrained->reviewedSentences << " reviewed sentences of the project ("
           << retrained->articles << " articles) and " << retrained->shippedSentences << " shipped ones in "
           << timer.elapsed() / 1000.0 << " s; stored in " << path << ": the project's next suggestions use it\n";
    return 0;
}

int simulateLearningCurve(const QList<TaggedSentence> &sentences, const QList<int> &steps, int projectWeight, int jobs,
                          Io &io)
{
    const qsizetype cut = Conll::trainingSize(sentences.size(), 0.1);
    const QList<TaggedSentence> base = sentences.first(cut);
    const QList<TaggedSentence> project = sentences.sliced(cut);
    const int largest = *std::max_element(steps.cbegin(), steps.cend());
    if (largest >= project.size()) {
        io.err << "hamish train: the project (the last " << project.size() << " sentences) has too few sentences for "
               << largest << " reviewed ones\n";
        return 1;
    }
    const QList<TaggedSentence> scored = project.sliced(largest);
    io.err << "hamish train: shipped sentences 1-" << cut << "; project sentences " << cut + 1 << '-'
           << sentences.size() << "; scored: " << cut + largest + 1 << '-' << sentences.size() << '\n';
    io.err.flush();
    const PerceptronTrainer::Options options;
    // Step 0 is the shipped model without retraining.
    QList<int> all = {0};
    all += steps;
    QList<TaggerEvaluation::Scores> scores(all.size());
    QList<double> seconds(all.size());
    std::atomic<int> next = 0;
    const auto work = [&] {
        for (int s = next++; s < all.size(); s = next++) {
            QElapsedTimer timer;
            timer.start();
            const SequenceModel model =
                ProjectTraining::train(base, project.first(all[s]), SequenceModel(), all[s] ? projectWeight : 0);
            seconds[s] = timer.elapsed() / 1000.0;
            scores[s] = TaggerEvaluation::evaluate(model, scored, true);
        }
    };
    std::vector<std::thread> workers;
    for (int job = 1; job < std::min<int>(jobs, all.size()); ++job)
        workers.emplace_back(work);
    work();
    for (std::thread &worker : workers)
        worker.join();
    io.out << "Learning curve: F1 of the standard engine on project sentences " << cut + largest + 1 << '-'
           << sentences.size() << " (" << scored.size() << ") after N reviewed project sentences (weight "
           << projectWeight << ")\n"
           << "reviewed  without retraining  retrained  retraining time (s)\n";
    const QString without = QString::number(100 * scores[0].engine.overall.f1(), 'f', 2);
    for (qsizetype s = 1; s < all.size(); ++s)
        io.out << QString::number(all[s]).rightJustified(8) << without.rightJustified(20)
               << QString::number(100 * scores[s].engine.overall.f1(), 'f', 2).rightJustified(11)
               << QString::number(seconds[s], 'f', 1).rightJustified(21) << '\n';
    return 0;
}

} // namespace Hamish::Cli
