#pragma once

#include "document.h"

#include <QObject>
#include <QPointer>

namespace ccedit {

class TableView;

// Go > Next/Previous Problem (F8, Shift+F8) and jumping to a problem picked in the Problems
// panel: selects the cell (or the column, for a header problem) in the table.
class ProblemNavigator : public QObject
{
    Q_OBJECT

public:
    explicit ProblemNavigator(TableView *view, QObject *parent = nullptr);

    void setDocument(Document *document);
    void next();
    void previous();
    void goTo(const Diagnostic &problem);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void step(bool forward);

    TableView *m_view;
    QPointer<Document> m_document;
};

} // namespace ccedit
