#include "schema.h"

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

// Levenshtein distance, small strings only (header names).
qsizetype editDistance(QStringView a, QStringView b)
{
    std::vector<qsizetype> previous(static_cast<size_t>(b.size() + 1));
    std::vector<qsizetype> current(previous.size());
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[static_cast<size_t>(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype substitution = previous[static_cast<size_t>(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[static_cast<size_t>(j)] = std::min({previous[static_cast<size_t>(j)] + 1,
                                                        current[static_cast<size_t>(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[static_cast<size_t>(b.size())];
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
    // More than half the name wrong is no longer a useful suggestion.
    const qsizetype useful = std::max<qsizetype>(2, name.size() / 2);
    QString best;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (const FieldSpec &spec : fieldTable) {
        for (QLatin1StringView candidate : {spec.name, spec.alias}) {
            if (candidate.isEmpty())
                continue;
            const QString text = QString(candidate);
            // The distance is at least the difference in length: a long name (a header cell
            // of a whole paragraph) is not compared letter by letter when it cannot be useful.
            qsizetype distance = qAbs(text.size() - name.size()) > useful
                ? std::numeric_limits<qsizetype>::max()
                : editDistance(name, text);
            // A name that contains the field (e.g. "customer_description") is close too.
            if (name.contains(text) || text.contains(name))
                distance = std::min(distance, qAbs(text.size() - name.size()) / 2 + 1);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = QString(spec.name);
            }
        }
    }
    return bestDistance <= useful ? best : QString();
}

QString description(int index)
{
    return QCoreApplication::translate("ccedit::Schema", field(index).description);
}

std::span<const int> requiredFields() { return requiredIndices; }

} // namespace Schema
} // namespace ccedit
