#include "fieldreferencedialog.h"

#include "mnemonics.h"
#include "schema.h"
#include "siteprofile.h"

#include "ui_fieldreferencedialog.h"

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

QString allowedValues(const FieldSpec &spec)
{
    switch (spec.kind) {
    case FieldKind::Boolean:
        return FieldReferenceDialog::tr("true, false, 1 or 0 (any case)");
    case FieldKind::AccountId:
        return FieldReferenceDialog::tr("levels separated by |, none empty");
    case FieldKind::Flag:
        return FieldReferenceDialog::tr("one character");
    case FieldKind::Integer:
        return FieldReferenceDialog::tr("whole number from %1 to %2").arg(spec.minimum).arg(spec.maximum);
    case FieldKind::Email:
        return FieldReferenceDialog::tr("an e-mail address");
    case FieldKind::Text:
        break;
    }
    return FieldReferenceDialog::tr("text");
}

} // namespace

FieldReferenceDialog::FieldReferenceDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FieldReferenceDialog>())
{
    m_ui->setupUi(this);
    m_ui->browser->setHtml(html());
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    giveButtonsMnemonics(this);
}

FieldReferenceDialog::~FieldReferenceDialog() = default;

QString FieldReferenceDialog::html()
{
    QString rows;
    for (int i = 0; i < Schema::fieldCount(); ++i) {
        const FieldSpec &spec = Schema::field(i);
        QString name = u"<b>"_s + QString(spec.name).toHtmlEscaped() + u"</b>"_s;
        if (!spec.alias.isEmpty())
            name += u"<br>"_s + tr("also: %1").arg(QString(spec.alias).toHtmlEscaped());
        rows += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(
            name, spec.required ? tr("yes") : tr("no"), allowedValues(spec).toHtmlEscaped(),
            QString(spec.defaultValue).toHtmlEscaped(), Schema::description(i).toHtmlEscaped());
    }
    return u"<h2>%1</h2><p>%2</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
           "<tr><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>%8</table>"_s.arg(
               tr("Fields of a ccimport customer file"),
               tr("The first line names the fields, in any order. account_id and description are required. "
                  "A dot may stand for an underscore, and names match in any case. A blank value uses the "
                  "field's default.").toHtmlEscaped(),
               tr("Field"), tr("Required"), tr("Values"), tr("Default"), tr("Description"), rows)
        + siteProfileHtml();
}

QString FieldReferenceDialog::siteProfileHtml()
{
    const QString example = uR"({
  "ratePlans": ["Default", "Gold", "Silver"],
  "accountStructure": ["Business Unit", "Department", "Owner"]
})"_s;
    return u"<h3>%1</h3><p>%2</p><pre>%3</pre><p>%4</p>"_s.arg(
        tr("Site profile"),
        tr("Whether a rate plan exists, and how many levels an account ID may have, depend on the site. A site "
           "profile says so: a JSON file with the site's rate plans and the levels of its account structure, "
           "both optional. ccedit uses a %1 in the folder of the file it reads, else the profile chosen in "
           "Settings > Site Profile (or given with --profile on the command line).")
            .arg(SiteProfile::BesideFileName)
            .toHtmlEscaped(),
        example.toHtmlEscaped(),
        tr("While a profile is in force, a rate_plan that names none of its rate plans (in any case; blank means "
           "Default, which always exists) is an unknown-rate-plan error, and an account_id with more levels than "
           "the account structure is an account-id-too-deep error.")
            .toHtmlEscaped());
}

} // namespace ccedit
