#include "valuefilteractions.h"

#include "document.h"
#include "prompter.h"
#include "readonlyjobs.h"
#include "tableview.h"
#include "valuefilter.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace ccedit {

ValueFilterActions::ValueFilterActions(TableView *view, ReadOnlyJobs *jobs, Prompter *prompter, QWidget *window)
    : QObject(window)
    , m_view(view)
    , m_jobs(jobs)
    , m_prompter(prompter)
    , m_window(window)
    , m_filter(new QAction(tr("Filter by &Value…"), window))
    , m_clear(new QAction(tr("Show &All Values"), window))
{
    m_filter->setObjectName(u"actionFilterByValue"_s);
    m_filter->setStatusTip(tr("Show only the rows with some of the values of the current column"));
    m_clear->setObjectName(u"actionClearValueFilter"_s);
    m_clear->setStatusTip(tr("Show the rows of every value again"));
    connect(m_filter, &QAction::triggered, this, [this] {
        if (const QModelIndex current = m_view->currentSourceIndex(); current.isValid())
            filterColumn(current.column());
    });
    connect(m_clear, &QAction::triggered, this, [this] { m_view->setValueFilter({}); });
    connect(m_view, &TableView::valueFilterChanged, this, &ValueFilterActions::updateActions);
    updateActions();
}

void ValueFilterActions::setDocument(Document *document)
{
    m_document = document;
    updateActions();
}

void ValueFilterActions::updateActions()
{
    m_filter->setEnabled(m_document != nullptr);
    m_clear->setEnabled(m_document && !m_view->valueFilter().isEmpty());
}

void ValueFilterActions::filterColumn(int column)
{
    if (!m_document || column < 0 || column >= m_document->columnCount())
        return;
    const Document *document = m_document;
    const QString name = document->header().at(column);
    std::function<bool(int)> shown;
    if (m_view->onlyRowsWithProblems())
        shown = [document](int row) { return document->rowHasProblems(row); };
    std::vector<ValueCount> values;
    m_jobs->run(document->rowCount(), tr("Counting the values of “%1”…").arg(name),
                [&] { values = countValues(document->cells(), column, shown); });

    const ValueFilter &current = m_view->valueFilter();
    const QList<QByteArray> chosenBefore = current.column() == column ? current.values() : QList<QByteArray>();
    const std::optional<QList<QByteArray>> chosen = m_prompter->chooseValues(m_window, name, values, chosenBefore);
    if (!chosen || !m_document)
        return;
    // Every value chosen is no filter at all.
    m_view->setValueFilter(chosen->size() == static_cast<qsizetype>(values.size()) ? ValueFilter()
                                                                                   : ValueFilter(column, *chosen));
}

} // namespace ccedit
