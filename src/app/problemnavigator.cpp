#include "problemnavigator.h"

#include "document.h"
#include "tableview.h"

#include <QItemSelectionModel>

#include <optional>
#include <utility>

namespace ccedit {
namespace {

// A place in reading order: header problems (row -1) first, a row's own problems (column
// -1) before its cells.
using Place = std::pair<int, int>;

Place placeOf(const Diagnostic &problem)
{
    return {problem.row, problem.column - 1};
}

} // namespace

ProblemNavigator::ProblemNavigator(TableView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
}

void ProblemNavigator::setDocument(Document *document)
{
    m_document = document;
}

void ProblemNavigator::next()
{
    step(true);
}

void ProblemNavigator::previous()
{
    step(false);
}

// Walks the rows from the current cell, so a million rows without problems cost one pass
// over empty lists, and wraps around at either end.
void ProblemNavigator::step(bool forward)
{
    if (!m_document)
        return;
    const QModelIndex current = m_view->currentSourceIndex();
    const Place here = current.isValid() ? Place{current.row(), current.column()}
                                         : (forward ? Place{-2, 0} : Place{m_document->rowCount(), 0});
    const auto better = [forward](const Place &candidate, const std::optional<Place> &best) {
        return !best || (forward ? candidate < *best : candidate > *best);
    };
    const auto search = [&](const Place &from) -> std::optional<Diagnostic> {
        std::optional<Place> bestPlace;
        std::optional<Diagnostic> best;
        const auto consider = [&](const Diagnostic &problem) {
            const Place place = placeOf(problem);
            const bool ahead = forward ? place > from : place < from;
            if (ahead && better(place, bestPlace)) {
                bestPlace = place;
                best = problem;
            }
        };
        const int rows = m_document->rowCount();
        const auto scanDocument = [&] {
            for (const Diagnostic &problem : m_document->documentProblems())
                consider(problem);
        };
        if (forward) {
            if (from.first < 0)
                scanDocument();
            for (int row = std::max(from.first, 0); row < rows && !best; ++row) {
                for (const Diagnostic &problem : m_document->rowProblems(row))
                    consider(problem);
            }
        } else {
            for (int row = std::min(from.first, rows - 1); row >= 0 && !best; --row) {
                for (const Diagnostic &problem : m_document->rowProblems(row))
                    consider(problem);
            }
            if (!best)
                scanDocument();
        }
        return best;
    };
    std::optional<Diagnostic> found = search(here);
    if (!found) {
        found = search(forward ? Place{-2, 0} : Place{m_document->rowCount(), 0});
        if (found)
            Q_EMIT statusMessage(forward ? tr("Continued from the top.") : tr("Continued from the bottom."));
    }
    if (!found) {
        Q_EMIT statusMessage(tr("No problems."));
        return;
    }
    goTo(*found);
}

void ProblemNavigator::goTo(const Diagnostic &problem)
{
    const int column = std::max(problem.column - 1, 0);
    if (problem.row < 0) {
        // A header problem: select the whole column it names.
        if (problem.column > 0 && m_view->model()->rowCount() > 0) {
            m_view->goToCell(m_view->toSource(m_view->model()->index(0, 0)).row(), column);
            m_view->selectColumn(column);
        }
        Q_EMIT statusMessage(problem.message);
        return;
    }
    if (!m_view->goToCell(problem.row, column))
        Q_EMIT statusMessage(tr("The row of this problem is hidden by the filter."));
    else
        Q_EMIT statusMessage(problem.message);
}

} // namespace ccedit
