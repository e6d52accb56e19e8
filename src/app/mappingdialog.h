#pragma once

#include "mapping.h"
#include "recordset.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MappingDialog;
}

namespace ccedit {

class Document;
class TableModel;

// Opening an export: a template or a constant per ccimport field, with a live preview of the
// first rows and their problems. Uses the same Mapping code as the command line.
class MappingDialog : public QDialog
{
    Q_OBJECT

public:
    MappingDialog(const RecordSet &exportRecords, const Mapping &mapping, QWidget *parent = nullptr);
    ~MappingDialog() override;

    Mapping mapping() const;

    // The mapping last used (QSettings), or the defaults of FORMATS.md section 2.
    static Mapping remembered();
    static void remember(const Mapping &mapping);

    static constexpr int PreviewRows = 20;

private:
    enum Source { NotMapped, Template, Constant };
    enum Column { FieldColumn, SourceColumn, ValueColumn };

    void setMapping(const Mapping &mapping);
    void updatePreview();

    std::unique_ptr<Ui::MappingDialog> m_ui;
    const RecordSet &m_records;
    RecordSet m_head; // the first rows, for the preview
    std::unique_ptr<Document> m_preview;
    TableModel *m_previewModel;
};

} // namespace ccedit
