#pragma once

#include "valuefilter.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace ccedit {

// Lists a column's distinct values with their counts, most common first, each with a check
// box: the rows with a checked value are shown. A search field narrows the list.
class ValueFilterDialog : public QDialog
{
    Q_OBJECT

public:
    // More values than this (a column of account IDs) are not listed, only counted.
    static constexpr int MaxListed = 5000;

    // `chosen` are checked at first; none given, all are.
    ValueFilterDialog(const QString &columnName, const std::vector<ValueCount> &values,
                      const QList<QByteArray> &chosen, QWidget *parent = nullptr);

    // The checked values (UTF-8).
    QList<QByteArray> chosenValues() const;

private:
    void setAllChecked(bool checked);

    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace ccedit
