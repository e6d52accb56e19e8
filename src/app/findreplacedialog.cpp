#include "findreplacedialog.h"

#include "commands.h"
#include "mnemonics.h"
#include "readonlyjobs.h"
#include "tableview.h"

#include "ui_findreplacedialog.h"

#include <QUndoStack>

namespace ccedit {

FindReplaceDialog::FindReplaceDialog(TableView *view, ReadOnlyJobs *jobs, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FindReplaceDialog>())
    , m_view(view)
    , m_jobs(jobs)
{
    m_ui->setupUi(this);
    connect(m_ui->findNextButton, &QPushButton::clicked, this, &FindReplaceDialog::findNext);
    connect(m_ui->findPreviousButton, &QPushButton::clicked, this, &FindReplaceDialog::findPrevious);
    connect(m_ui->replaceButton, &QPushButton::clicked, this, &FindReplaceDialog::replace);
    connect(m_ui->replaceAllButton, &QPushButton::clicked, this, &FindReplaceDialog::replaceAll);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    updateScopes();
    giveButtonsMnemonics(this);
}

FindReplaceDialog::~FindReplaceDialog() = default;

void FindReplaceDialog::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &Document::columnsInserted, this, &FindReplaceDialog::updateScopes);
        connect(m_document, &Document::columnsRemoved, this, &FindReplaceDialog::updateScopes);
    }
    updateScopes();
}

// "Whole table", then one entry per column (item data: the column, -1 for all).
void FindReplaceDialog::updateScopes()
{
    const int previous = m_ui->scopeCombo->currentData().isValid() ? m_ui->scopeCombo->currentData().toInt() : -1;
    m_ui->scopeCombo->clear();
    m_ui->scopeCombo->addItem(tr("Whole table"), -1);
    for (int column = 0; m_document && column < m_document->columnCount(); ++column)
        m_ui->scopeCombo->addItem(tr("Column %1").arg(m_document->header().value(column)), column);
    m_ui->scopeCombo->setCurrentIndex(std::max(0, m_ui->scopeCombo->findData(previous)));
}

void FindReplaceDialog::showFind()
{
    show();
    raise();
    activateWindow();
    m_ui->findEdit->setFocus();
    m_ui->findEdit->selectAll();
}

void FindReplaceDialog::showReplace()
{
    showFind();
    if (!m_ui->findEdit->text().isEmpty())
        m_ui->replaceEdit->setFocus();
}

std::optional<FindReplace> FindReplaceDialog::engine()
{
    if (!m_document)
        return std::nullopt;
    FindOptions options;
    options.text = m_ui->findEdit->text();
    options.replacement = m_ui->replaceEdit->text();
    options.column = m_ui->scopeCombo->currentData().toInt();
    options.regularExpression = m_ui->regexCheck->isChecked();
    options.caseSensitive = m_ui->caseCheck->isChecked();
    auto created = FindReplace::create(options);
    if (!created) {
        m_ui->statusLabel->setText(created.error());
        return std::nullopt;
    }
    return std::move(*created);
}

void FindReplaceDialog::findNext()
{
    find(false);
}

void FindReplaceDialog::findPrevious()
{
    find(true);
}

void FindReplaceDialog::find(bool backward)
{
    const std::optional<FindReplace> search = engine();
    if (!search)
        return;
    const QModelIndex current = m_view->currentSourceIndex();
    std::optional<FindReplace::Cell> cell;
    m_jobs->run(cellsInScope(), tr("Searching…"), [&] {
        cell = search->findNext(*m_document, current.isValid() ? current.row() : -1,
                                current.isValid() ? current.column() : -1, backward);
    });
    if (!cell) {
        m_ui->statusLabel->setText(tr("\"%1\" was not found.").arg(m_ui->findEdit->text()));
        return;
    }
    m_ui->statusLabel->clear();
    if (!m_view->goToCell(cell->row, cell->column))
        m_ui->statusLabel->setText(tr("A match is in a row hidden by the filter (line %1).")
                                       .arg(m_document->lineOfRow(cell->row)));
}

// Replaces in the current cell when it matches, then moves on to the next match.
void FindReplaceDialog::replace()
{
    const std::optional<FindReplace> search = engine();
    if (!search)
        return;
    const QModelIndex current = m_view->currentSourceIndex();
    const int scope = m_ui->scopeCombo->currentData().toInt();
    if (current.isValid() && (scope < 0 || scope == current.column())) {
        const QString value = m_document->value(current.row(), current.column());
        if (search->matches(value)) {
            m_document->undoStack()->push(
                SetCellValues::single(m_document, current.row(), current.column(), search->replaced(value)));
        }
    }
    find(false);
}

void FindReplaceDialog::replaceAll()
{
    const std::optional<FindReplace> search = engine();
    if (!search)
        return;
    CellEdits edits;
    m_jobs->run(cellsInScope(), tr("Replacing…"), [&] { edits = search->replaceAll(*m_document); });
    const auto count = static_cast<int>(edits.size());
    SetCellValues::push(m_document, std::move(edits), tr("Replace All (%n cell(s))", nullptr, count));
    m_ui->statusLabel->setText(tr("Replaced in %n cell(s).", nullptr, count));
}

qsizetype FindReplaceDialog::cellsInScope() const
{
    const int columns = m_ui->scopeCombo->currentData().toInt() < 0 ? m_document->columnCount() : 1;
    return qsizetype(m_document->rowCount()) * columns;
}

} // namespace ccedit
