#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class FieldReferenceDialog;
}

namespace ccedit {

// Help > Field Reference: the fields of a ccimport customer file, generated from the schema.
class FieldReferenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FieldReferenceDialog(QWidget *parent = nullptr);
    ~FieldReferenceDialog() override;

    // The reference as HTML (one table row per schema field, then the site profile).
    static QString html();

private:
    static QString siteProfileHtml();

    std::unique_ptr<Ui::FieldReferenceDialog> m_ui;
};

} // namespace ccedit
