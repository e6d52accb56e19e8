#include "schema.h"

#include "closestmatch.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

constexpr int NoLimit = 0;

// FORMATS.md section 1, in the order of the ccimport page.
const std::array<FieldSpec, 19> fieldTable = {{
    {"active"_L1, {}, false, FieldKind::Boolean, NoLimit, NoLimit, "true"_L1,
     QT_TRANSLATE_NOOP("ccedit::Schema", "Whether the customer is active: true, false, 1 or 0. The default is true.")},
    {"rate_plan"_L1, {}, false, FieldKind::Text, NoLimit, NoLimit, {},
     QT_TRANSLATE_NOOP("ccedit::Schema", "The name of the rate plan to associate with the customer.")},
    {"account_id"_L1, {}, true, FieldKind::AccountId, NoLimit, NoLimit, {},
     QT_TRANSLATE_NOOP("ccedit::Schema", "The customer's account ID. A pipe character (|) separates the levels of the account structure, for example B|Commercial.")},
    {"alt_account_id"_L1, {}, false, FieldKind::Text, NoLimit, NoLimit, {},
     QT_TRANSLATE_NOOP("ccedit::Schema", "An alternate account ID for the customer.")},
    {"description"_L1, {}, true, FieldKind::Text, NoLimit, NoLimit, {},
     QT_TRANSLATE_NOOP("ccedit::Schema", "A description or the full name of the customer.")},
    {"flag1"_L1, {}, false, FieldKind::Flag, NoLimit, NoLimit, {},
     QT_TRANSLATE_NOOP("ccedit::Schema", "Flag 1: a single character for any purpose.")},
    {"flag2"_L1, {}, false, FieldKind::Flag, NoLimit, NoLimit, {},
     QT_TRANSLATE_NOOP("ccedit::Schema", "Flag 2: a single character for any purpose.")},
    {"flag3"_L1, {}, false, FieldKind::Flag, NoLimit, NoLimit, {},
     QT_TRANSLATE_NOOP("ccedit::Schema", "Flag 3: a single character for any purpose.")},
    {"flag4"_L1, {}, false, FieldKind::Flag, NoLimit, NoLimit, {},
     QT_TRANSLATE_NOOP("ccedit::Schema", "Flag 4: a single character for any purpose.")},
    {"flag5"_L1, {}, false, FieldKind::Flag, NoLimit, NoLimit, {},
     QT_TRANSLATE_NOOP("ccedit::Schema", "Flag 5: a single character for any purpose.")},
    {"accounting_day"_L1, {}, false, FieldKind::Integer, 1, 30, "1"_L1,
     QT_TRANSLATE_NOOP("ccedit::Schema", "The customer's accounting day, a whole number from 1 to 30. The default is 1.")},
    // Assumption (FORMATS.md): the page only says "the default is 1"; months are 1 to 12.
    {"fiscal_start_month"_L1, {}, false, FieldKind::Integer, 1, 12, "1"_L1,
     QT_TRANSLATE_NOOP("ccedit::Schema", "The month in which the customer's fiscal year starts, a whole number from 1 to 12. The default is 1.")},
    {"contact_name"_L1, {}, false, FieldKind::Text, NoLimit, NoLimit, {},
     QT_TRANSLATE_NOOP("ccedit::Schema", "The name of a contact person for the customer.")},
    {"email_address"_L1, "email"_L1, false, FieldKind::Email, NoLimit, NoLimit, {},
     QT_TRANSLATE_NOOP("ccedit::Schema", "A contact e-mail address for the customer.")},
    {"postal_address1"_L1, "address1"_L1, false, FieldKind::Text, NoLimit, NoLimit, {},
     QT_TRANSLATE_NOOP("ccedit::Schema", "The customer's postal address, line 1.")},
    {"postal_address2"_L1, "address2"_L1, false, FieldKind::Text, NoLimit, NoLimit, {},
     QT_TRANSLATE_NOOP("ccedit::Schema", "The customer's postal address, line 2.")},
    {"postal_address3"_L1, "address3"_L1, false, FieldKind::Text, NoLimit, NoLimit, {},
     QT_TRANSLATE_NOOP("ccedit::Schema", "The customer's postal address, line 3.")},
    {"postal_address4"_L1, "address4"_L1, false, FieldKind::Text, NoLimit, NoLimit, {},
     QT_TRANSLATE_NOOP("ccedit::Schema", "The customer's postal address, line 4.")},
    {"postal_address5"_L1, "address5"_L1, false, FieldKind::Text, NoLimit, NoLimit, {},
     QT_TRANSLATE_NOOP("ccedit::Schema", "The customer's postal address, line 5.")},
}};

const std::array<int, 2> requiredIndices = {2, 4};

// Header names are compared with dots read as underscores and without regard to case.
QString normalized(QStringView name)
{
    QString result = name.toString().toLower();
    result.replace(u'.', u'_');
    return result;
}

} // namespace

namespace Schema {

std::span<const FieldSpec> fields() { return fieldTable; }
int fieldCount() { return static_cast<int>(fieldTable.size()); }
const FieldSpec &field(int index) { return fieldTable.at(static_cast<size_t>(index)); }

int indexOf(QStringView headerName)
{
    const QString name = normalized(headerName);
    for (int i = 0; i < fieldCount(); ++i) {
        const FieldSpec &spec = fieldTable[static_cast<size_t>(i)];
        // Only full names may use dots; "email" is a short name and has no dotted form.
        if (name == spec.name || (!spec.alias.isEmpty() && name == spec.alias))
            return i;
    }
    return -1;
}

int indexOfCanonical(QLatin1StringView canonicalName)
{
    for (int i = 0; i < fieldCount(); ++i) {
        if (fieldTable[static_cast<size_t>(i)].name == canonicalName)
            return i;
    }
    return -1;
}

QString closestName(QStringView unknownName)
{
    const QString name = normalized(unknownName);
    ClosestMatch closest(name);
    for (int i = 0; i < fieldCount(); ++i) {
        const FieldSpec &spec = fieldTable[static_cast<size_t>(i)];
        closest.consider(QString(spec.name), i);
        closest.consider(QString(spec.alias), i);
    }
    const int best = closest.best();
    return best >= 0 ? QString(field(best).name) : QString();
}

QString description(int index)
{
    return QCoreApplication::translate("ccedit::Schema", field(index).description);
}

std::span<const int> requiredFields() { return requiredIndices; }

} // namespace Schema
} // namespace ccedit
