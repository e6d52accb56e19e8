#include "mappingdialog.h"

#include "document.h"
#include "mnemonics.h"
#include "schema.h"
#include "tablemodel.h"

#include "ui_mappingdialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

const auto TemplatesKey = "mapping/templates"_L1;
const auto ConstantsKey = "mapping/constants"_L1;

// The first `count` records of an export, for a preview that stays quick on big exports.
RecordSet headOf(const RecordSet &records, int count)
{
    RecordSet head;
    head.source = records.source;
    head.header = records.header;
    head.headerLine = records.headerLine;
    head.cells.setColumnCount(records.cells.columnCount());
    const int rows = std::min(count, records.cells.rowCount());
    head.cells.reserveRows(rows);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < records.cells.columnCount(); ++column)
            head.cells.appendCell(records.cells.value(row, column));
        head.cells.finishRow(records.cells.origin(row).line);
    }
    return head;
}

QMap<QString, QString> toStringMap(const QVariantMap &map)
{
    QMap<QString, QString> result;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

QVariantMap toVariantMap(const QMap<QString, QString> &map)
{
    QVariantMap result;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

} // namespace

MappingDialog::MappingDialog(const RecordSet &exportRecords, const Mapping &mapping, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MappingDialog>())
    , m_records(exportRecords)
    , m_head(headOf(exportRecords, PreviewRows))
    , m_previewModel(new TableModel(this))
{
    m_ui->setupUi(this);
    m_ui->membersLabel->setText(tr("Members in %1: %2")
                                    .arg(exportRecords.source.displayName(),
                                         exportRecords.header.isEmpty() ? tr("(none)")
                                                                        : exportRecords.header.join(u", "_s)));
    QTableWidget *table = m_ui->fieldsTable;
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Field"), tr("Filled from"), tr("Template or value")});
    table->setRowCount(Schema::fieldCount());
    for (int i = 0; i < Schema::fieldCount(); ++i) {
        const QString name = QString(Schema::field(i).name);
        auto *item = new QTableWidgetItem(name);
        item->setFlags(Qt::ItemIsEnabled);
        item->setToolTip(Schema::description(i));
        table->setItem(i, FieldColumn, item);
        auto *source = new QComboBox(table);
        source->addItems({tr("Not set"), tr("Template"), tr("Constant")});
        source->setAccessibleName(tr("How %1 is filled").arg(name));
        table->setCellWidget(i, SourceColumn, source);
        auto *value = new QLineEdit(table);
        value->setAccessibleName(tr("Template or value of %1").arg(name));
        table->setCellWidget(i, ValueColumn, value);
        connect(source, &QComboBox::currentIndexChanged, this, [this, value](int index) {
            value->setEnabled(index != NotMapped);
            updatePreview();
        });
        connect(value, &QLineEdit::textChanged, this, &MappingDialog::updatePreview);
    }
    table->resizeColumnsToContents();
    m_ui->previewView->setModel(m_previewModel);
    m_ui->previewView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setMapping(Mapping::defaults()); });
    setMapping(mapping);
    giveButtonsMnemonics(this);
}

MappingDialog::~MappingDialog()
{
    m_previewModel->setDocument(nullptr);
}

void MappingDialog::setMapping(const Mapping &mapping)
{
    for (int i = 0; i < Schema::fieldCount(); ++i) {
        const QString name = QString(Schema::field(i).name);
        auto *source = qobject_cast<QComboBox *>(m_ui->fieldsTable->cellWidget(i, SourceColumn));
        auto *value = qobject_cast<QLineEdit *>(m_ui->fieldsTable->cellWidget(i, ValueColumn));
        const QSignalBlocker blockSource(source);
        const QSignalBlocker blockValue(value);
        if (mapping.templates.contains(name)) {
            source->setCurrentIndex(Template);
            value->setText(mapping.templates.value(name));
        } else if (mapping.constants.contains(name)) {
            source->setCurrentIndex(Constant);
            value->setText(mapping.constants.value(name));
        } else {
            source->setCurrentIndex(NotMapped);
            value->clear();
        }
        value->setEnabled(source->currentIndex() != NotMapped);
    }
    updatePreview();
}

Mapping MappingDialog::mapping() const
{
    Mapping result;
    for (int i = 0; i < Schema::fieldCount(); ++i) {
        const QString name = QString(Schema::field(i).name);
        const auto *source = qobject_cast<const QComboBox *>(m_ui->fieldsTable->cellWidget(i, SourceColumn));
        const auto *value = qobject_cast<const QLineEdit *>(m_ui->fieldsTable->cellWidget(i, ValueColumn));
        if (source->currentIndex() == Template)
            result.templates.insert(name, value->text());
        else if (source->currentIndex() == Constant)
            result.constants.insert(name, value->text());
    }
    return result;
}

void MappingDialog::updatePreview()
{
    const Mapping current = mapping();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_previewModel->setDocument(nullptr);
    m_preview.reset();
    // Templates are checked against every record, not just the previewed ones.
    if (auto valid = validateMapping(current, m_records); !valid) {
        m_ui->errorLabel->setText(valid.error().message);
        m_ui->summaryLabel->clear();
        ok->setEnabled(false);
        return;
    }
    auto mapped = applyMapping(current, m_head);
    if (!mapped) {
        m_ui->errorLabel->setText(mapped.error().message);
        m_ui->summaryLabel->clear();
        ok->setEnabled(false);
        return;
    }
    m_ui->errorLabel->clear();
    ok->setEnabled(true);
    m_preview = std::make_unique<Document>(std::move(*mapped));
    m_previewModel->setDocument(m_preview.get());
    m_ui->summaryLabel->setText(tr("First %n row(s): ", nullptr, m_preview->rowCount())
                                + tr("%n error(s)", nullptr, m_preview->errorCount()) + u", "_s
                                + tr("%n warning(s)", nullptr, m_preview->warningCount()));
}

Mapping MappingDialog::remembered()
{
    QSettings settings;
    if (!settings.contains(TemplatesKey))
        return Mapping::defaults();
    Mapping mapping;
    mapping.templates = toStringMap(settings.value(TemplatesKey).toMap());
    mapping.constants = toStringMap(settings.value(ConstantsKey).toMap());
    return mapping;
}

void MappingDialog::remember(const Mapping &mapping)
{
    QSettings settings;
    settings.setValue(TemplatesKey, toVariantMap(mapping.templates));
    settings.setValue(ConstantsKey, toVariantMap(mapping.constants));
}

} // namespace ccedit
