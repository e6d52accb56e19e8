#include "mapping.h"

#include "schema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace ccedit {
namespace {

// The derived members of FORMATS.md section 2, and the member the first one is made from.
constexpr auto hierarchyPathName = "hierarchy_path"_L1;
constexpr auto sourceFileName = "source_file"_L1;
constexpr auto hierarchyMember = "hierarchy"_L1;

// One piece of a template: literal text, a member, or a derived member.
struct TemplatePart {
    enum class Kind { Literal, Member, HierarchyPath, SourceFile };
    Kind kind = Kind::Literal;
    QString text; // the literal text or the member name
};

bool isDefaultTemplate(const QString &field, const QString &text)
{
    static const Mapping defaults = Mapping::defaults();
    return defaults.templates.value(field) == text;
}

std::expected<QList<TemplatePart>, QString> parseTemplate(const QString &text)
{
    QList<TemplatePart> parts;
    QString literal;
    const auto flushLiteral = [&]() {
        if (!literal.isEmpty())
            parts.append(TemplatePart{TemplatePart::Kind::Literal, std::exchange(literal, QString())});
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'}') {
            if (i + 1 < text.size() && text.at(i + 1) == u'}') {
                literal.append(u'}');
                ++i;
                continue;
            }
            return std::unexpected(QCoreApplication::translate("ccedit::Mapping",
                                                               "The '}' at position %1 of template \"%2\" closes no "
                                                               "'{'. Write }} for a literal }.")
                                       .arg(i + 1)
                                       .arg(text));
        }
        if (c != u'{') {
            literal.append(c);
            continue;
        }
        if (i + 1 < text.size() && text.at(i + 1) == u'{') {
            literal.append(u'{');
            ++i;
            continue;
        }
        const qsizetype close = text.indexOf(u'}', i + 1);
        const qsizetype nestedOpen = text.indexOf(u'{', i + 1);
        if (close < 0 || (nestedOpen >= 0 && nestedOpen < close))
            return std::unexpected(QCoreApplication::translate("ccedit::Mapping",
                                                               "The '{' at position %1 of template \"%2\" is not "
                                                               "closed. Write {member} to insert a member, or {{ for "
                                                               "a literal {.")
                                       .arg(i + 1)
                                       .arg(text));
        const QString name = text.sliced(i + 1, close - i - 1);
        if (name.isEmpty())
            return std::unexpected(QCoreApplication::translate("ccedit::Mapping",
                                                               "The template \"%1\" has an empty {} at position %2. "
                                                               "Write a member name in the braces, for example "
                                                               "{customer_name}.")
                                       .arg(text)
                                       .arg(i + 1));
        flushLiteral();
        const auto kind = name == hierarchyPathName ? TemplatePart::Kind::HierarchyPath
                          : name == sourceFileName  ? TemplatePart::Kind::SourceFile
                                                    : TemplatePart::Kind::Member;
        parts.append(TemplatePart{kind, name});
        i = close;
    }
    flushLiteral();
    return parts;
}

// "FIELD=VALUE" as the canonical field name and the value.
std::expected<std::pair<QString, QString>, QString> parseAssignment(const QString &assignment)
{
    const qsizetype equals = assignment.indexOf(u'=');
    if (equals <= 0)
        return std::unexpected(QCoreApplication::translate("ccedit::Mapping",
                                                           "\"%1\" is not of the form FIELD=VALUE. Write for example "
                                                           "description={customer_name} or active=true.")
                                   .arg(assignment));
    const QString field = assignment.first(equals);
    const int index = Schema::indexOf(field);
    if (index < 0) {
        const QString closest = Schema::closestName(field);
        if (!closest.isEmpty())
            return std::unexpected(QCoreApplication::translate("ccedit::Mapping",
                                                               "\"%1\" is not a ccimport field. Did you mean %2?")
                                       .arg(field, closest));
        return std::unexpected(QCoreApplication::translate("ccedit::Mapping",
                                                           "\"%1\" is not a ccimport field. Use a field such as "
                                                           "account_id, description or active.")
                                   .arg(field));
    }
    return std::pair{QString(Schema::field(index).name), assignment.sliced(equals + 1)};
}

FatalError mappingError(const RecordSet &records, const QString &message)
{
    return FatalError{records.source.path, 0, 0, message};
}

FatalError mappedTooLarge(const RecordSet &records, qsizetype maxBytes)
{
    const QString size = QLocale().formattedDataSize(maxBytes, 0);
    return mappingError(records, QCoreApplication::translate("ccedit::Mapping",
                                                             "The mapped rows would hold more than %1 of text; "
                                                             "ccedit keeps at most %1 of values. Map fewer or "
                                                             "shorter fields, or split the export.")
                                     .arg(size));
}

// The export's file name for {source_file}: the member's base name inside an archive.
QString sourceFileOf(const SourceInfo &source)
{
    return QFileInfo(source.member.isEmpty() ? source.path : source.member).fileName();
}

// hierarchyPath() on UTF-8, appended to `out`.
void appendHierarchyPath(QByteArrayView hierarchy, QByteArray &out)
{
    QByteArrayView rest = hierarchy;
    for (const QByteArrayView leading : {QByteArrayView("sys"), QByteArrayView("hcs")}) {
        if (rest == leading)
            return;
        if (rest.startsWith(leading) && rest.size() > leading.size() && rest.at(leading.size()) == '.')
            rest = rest.sliced(leading.size() + 1);
    }
    for (const char c : rest)
        out.append(c == '.' ? '|' : c);
}

// A template compiled against the export's header: parts with their column.
struct CompiledPart {
    TemplatePart::Kind kind;
    QByteArray literal; // UTF-8, for Literal (and SourceFile, filled in)
    int column = -1;    // for Member and HierarchyPath
};

struct CompiledField {
    int fieldIndex;
    std::vector<CompiledPart> parts;
};

bool isMapped(const QMap<QString, QString> &map, int fieldIndex)
{
    return map.contains(QString(Schema::field(fieldIndex).name));
}

// A field's value for `row` of `in` made from its template's parts, in `composed`.
QByteArrayView composeValue(const CompiledField &field, const CellTable &in, int row, QByteArray &composed)
{
    composed.truncate(0); // keeps its capacity: clear() would free it for every row
    for (const CompiledPart &part : field.parts) {
        switch (part.kind) {
        case TemplatePart::Kind::Literal:
        case TemplatePart::Kind::SourceFile:
            composed.append(part.literal);
            break;
        case TemplatePart::Kind::Member:
            composed.append(in.value(row, part.column));
            break;
        case TemplatePart::Kind::HierarchyPath:
            appendHierarchyPath(in.value(row, part.column), composed);
            break;
        }
    }
    return composed;
}

} // namespace

Mapping Mapping::defaults()
{
    Mapping mapping;
    mapping.templates.insert(u"account_id"_s, u"{account_id}"_s);
    mapping.templates.insert(u"description"_s, u"{customer_name}"_s);
    mapping.templates.insert(u"alt_account_id"_s, u"{external_id}"_s);
    return mapping;
}

std::expected<void, QString> Mapping::setTemplate(const QString &assignment)
{
    const auto parsed = parseAssignment(assignment);
    if (!parsed)
        return std::unexpected(parsed.error());
    if (const auto parts = parseTemplate(parsed->second); !parts)
        return std::unexpected(parts.error());
    constants.remove(parsed->first);
    templates.insert(parsed->first, parsed->second);
    return {};
}

std::expected<void, QString> Mapping::setConstant(const QString &assignment)
{
    const auto parsed = parseAssignment(assignment);
    if (!parsed)
        return std::unexpected(parsed.error());
    templates.remove(parsed->first);
    constants.insert(parsed->first, parsed->second);
    return {};
}

std::expected<void, FatalError> validateMapping(const Mapping &mapping, const RecordSet &exportRecords)
{
    const auto checkField = [&](const QString &field) -> std::expected<void, FatalError> {
        const int index = Schema::indexOf(field);
        if (index < 0 || Schema::field(index).name != field)
            return std::unexpected(mappingError(
                exportRecords, QCoreApplication::translate("ccedit::Mapping",
                                                           "The mapping names \"%1\", which is not a canonical "
                                                           "ccimport field name. Use a field such as description.")
                                   .arg(field)));
        return {};
    };
    for (const auto &[field, value] : mapping.constants.asKeyValueRange()) {
        if (auto checked = checkField(field); !checked)
            return checked;
        if (mapping.templates.contains(field))
            return std::unexpected(mappingError(
                exportRecords, QCoreApplication::translate("ccedit::Mapping",
                                                           "The field %1 has both a template and a constant. Give "
                                                           "it one of them.")
                                   .arg(field)));
    }
    const QString members = exportRecords.header.join(", "_L1);
    for (const auto &[field, text] : mapping.templates.asKeyValueRange()) {
        if (auto checked = checkField(field); !checked)
            return checked;
        const auto parts = parseTemplate(text);
        if (!parts)
            return std::unexpected(mappingError(
                exportRecords, QCoreApplication::translate("ccedit::Mapping", "The template of %1 is wrong: %2")
                                   .arg(field, parts.error())));
        // An empty export has no members to check against: it makes an empty table.
        if (exportRecords.cells.rowCount() == 0)
            continue;
        for (const TemplatePart &part : *parts) {
            const bool hierarchyMissing = part.kind == TemplatePart::Kind::HierarchyPath
                                          && !exportRecords.header.contains(hierarchyMember);
            if (hierarchyMissing)
                return std::unexpected(mappingError(
                    exportRecords, QCoreApplication::translate("ccedit::Mapping",
                                                               "The template of %1, \"%2\", uses {hierarchy_path}, "
                                                               "which is made from member \"hierarchy\", but no "
                                                               "record of the export has it. Its members are: %3.")
                                       .arg(field, text, members)));
            // A default template's member may be missing: an export without the optional
            // external_id is still an export, and the field stays blank (FORMATS.md section 2).
            const bool memberMissing = part.kind == TemplatePart::Kind::Member
                                       && !exportRecords.header.contains(part.text);
            if (memberMissing && !isDefaultTemplate(field, text))
                return std::unexpected(mappingError(
                    exportRecords, QCoreApplication::translate("ccedit::Mapping",
                                                               "The template of %1, \"%2\", names member \"%3\", "
                                                               "which no record of the export has. Its members "
                                                               "are: %4.")
                                       .arg(field, text, part.text, members)));
        }
    }
    return {};
}

std::expected<RecordSet, FatalError> applyMapping(const Mapping &mapping, const RecordSet &exportRecords,
                                                  MappedValues values, qsizetype maxBytes)
{
    if (auto valid = validateMapping(mapping, exportRecords); !valid)
        return std::unexpected(valid.error());

    const CellTable &in = exportRecords.cells;
    const QByteArray sourceFile = sourceFileOf(exportRecords.source).toUtf8();
    // Each template is parsed once, into parts with their columns.
    std::vector<CompiledField> fields;
    RecordSet result;
    result.source = exportRecords.source;
    for (int index = 0; index < Schema::fieldCount(); ++index) {
        const QString name(Schema::field(index).name);
        CompiledField field{index, {}};
        if (isMapped(mapping.templates, index)) {
            const auto parts = parseTemplate(mapping.templates.value(name)); // checked by validateMapping()
            for (const TemplatePart &part : *parts) {
                switch (part.kind) {
                case TemplatePart::Kind::Literal:
                    field.parts.push_back(CompiledPart{part.kind, part.text.toUtf8(), -1});
                    break;
                case TemplatePart::Kind::SourceFile:
                    field.parts.push_back(CompiledPart{TemplatePart::Kind::Literal, sourceFile, -1});
                    break;
                case TemplatePart::Kind::Member:
                    if (const auto column = exportRecords.header.indexOf(part.text); column >= 0)
                        field.parts.push_back(CompiledPart{part.kind, {}, static_cast<int>(column)});
                    else // a default template's missing member (validateMapping): blank
                        field.parts.push_back(CompiledPart{TemplatePart::Kind::Literal, {}, -1});
                    break;
                case TemplatePart::Kind::HierarchyPath:
                    field.parts.push_back(
                        CompiledPart{part.kind, {}, static_cast<int>(exportRecords.header.indexOf(hierarchyMember))});
                    break;
                }
            }
        } else if (isMapped(mapping.constants, index)) {
            const QByteArray constant = mapping.constants.value(name).toUtf8();
            field.parts.push_back(CompiledPart{TemplatePart::Kind::Literal, constant, -1});
        } else {
            continue;
        }
        fields.push_back(std::move(field));
        result.header.append(name);
    }

    CellTable &out = result.cells;
    maxBytes = std::min(maxBytes, CellTable::MaxPoolSize); // what the table's offsets reach
    const bool shared = values == MappedValues::SharedWithExport;
    if (shared)
        out.adoptSource(in.source());
    // A shared value taken whole from a member points into the export's text; any other is
    // copied (into the pool when shared: composed values are not in the export's text).
    const auto appendValue = [&out, shared, sourceBegin = in.source().constData(),
                              sourceEnd = in.source().constData() + in.source().size()](QByteArrayView value) {
        if (!shared) {
            out.appendCopiedCell(value);
            return;
        }
        const std::less_equal<const char *> notAfter;
        if (!value.isEmpty() && notAfter(sourceBegin, value.data()) && notAfter(value.data() + value.size(), sourceEnd))
            out.appendSourceCell(value.data() - sourceBegin, value.size());
        else
            out.appendCell(value);
    };
    out.setColumnCount(static_cast<int>(fields.size()));
    out.reserveRows(in.rowCount());
    qsizetype mappedBytes = 0;
    QByteArray composed;
    for (int row = 0; row < in.rowCount(); ++row) {
        for (const CompiledField &field : fields) {
            const bool wholeMember = field.parts.size() == 1 && field.parts.front().kind == TemplatePart::Kind::Member;
            const QByteArrayView value = wholeMember ? in.value(row, field.parts.front().column)
                                                     : composeValue(field, in, row, composed);
            mappedBytes += value.size();
            if (mappedBytes > maxBytes)
                return std::unexpected(mappedTooLarge(exportRecords, maxBytes));
            appendValue(value);
        }
        out.finishRow(in.origin(row).line);
    }
    return result;
}

QString hierarchyPath(QStringView hierarchy)
{
    QByteArray path;
    appendHierarchyPath(hierarchy.toUtf8(), path);
    return QString::fromUtf8(path);
}

} // namespace ccedit
