#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <span>

namespace ccedit {

// What kind of value a ccimport field holds; validation and the editor's delegates follow it.
enum class FieldKind {
    Text,
    Boolean,   // active: true, false, 1, 0 (any case)
    AccountId, // levels separated by '|', none empty
    Flag,      // a single character
    Integer,   // whole number within [minimum, maximum]
    Email,
};

// One ccimport customer field (FORMATS.md section 1). The table in schema.cpp is the only
// place that lists the fields: reader, validator, writer, editor and help all read it.
struct FieldSpec {
    QLatin1StringView name;       // canonical name, written in the header
    QLatin1StringView alias;      // accepted short name ("email", "address1"), or empty
    bool required;
    FieldKind kind;
    int minimum;                  // for FieldKind::Integer
    int maximum;
    QLatin1StringView defaultValue; // used when a value is blank; empty if none
    const char *description;      // QT_TRANSLATE_NOOP("ccedit::Schema", ...)
};

namespace Schema {

std::span<const FieldSpec> fields();
int fieldCount();
const FieldSpec &field(int index);

// Index of the field a header name means (dots for underscores, any case, short names),
// or -1 for an unknown name.
int indexOf(QStringView headerName);
int indexOfCanonical(QLatin1StringView canonicalName);

// The canonical field name closest to an unknown header name, for "did you mean" hints;
// empty when nothing is reasonably close.
QString closestName(QStringView unknownName);

// Translated description of a field, for tooltips and the field reference.
QString description(int index);

// Indices of the required fields (account_id, description).
std::span<const int> requiredFields();

} // namespace Schema
} // namespace ccedit
