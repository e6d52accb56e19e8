#include "document.h"
#include "exportreader.h"
#include "mapping.h"
#include "testhelpers.h"

#include <QFile>
#include <QTest>

#include <optional>

using namespace ccedit;
using namespace Qt::StringLiterals;

namespace {

using Rows = QList<QStringList>;
using StringMap = QMap<QString, QString>;

// Two VOSS records as the sample report shows them; the second lacks external_id.
const QByteArray twoCustomers = R"([
    {"provider_name": "CS-P", "reseller_name": "CS-NB", "customer_name": "Customer1",
     "hierarchy": "sys.hcs.CS-P.CS-NB.Customer1", "account_id": "ABCXYZ", "external_id": "E-1"},
    {"provider_name": "CS-P", "reseller_name": "CS-NB", "customer_name": "Kunde Zwei",
     "hierarchy": "sys.hcs.CS-P.CS-NB.Kunde2", "account_id": "DEF"}
])"_ba;

RecordSet exportRecords(const QByteArray &json, const QString &path = u"/exports/2024-05-06_0930_customer.json"_s,
                        const QString &member = QString())
{
    SourceInfo source;
    source.path = path;
    source.member = member;
    return *ExportReader::parseJson(json, source);
}


} // namespace

class TestMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void assignments_data();
    void assignments();
    void constantAndTemplateReplaceEachOther();
    void apply_data();
    void apply();
    void sourceFileInsideAnArchive();
    void invalidMapping_data();
    void invalidMapping();
    void zeroRecords();
    void mappedRowsHoldOnlyTheirValues();
    void mappedTextOverTheLimit_data();
    void mappedTextOverTheLimit();
    void defaultTemplateOfMissingMember_data();
    void defaultTemplateOfMissingMember();
    void hierarchyPath_data();
    void hierarchyPath();
    void sampleWithDefaultMapping();
};

void TestMapping::defaults()
{
    const Mapping mapping = Mapping::defaults();
    QCOMPARE(mapping.templates, (StringMap{{u"account_id"_s, u"{account_id}"_s},
                                           {u"description"_s, u"{customer_name}"_s},
                                           {u"alt_account_id"_s, u"{external_id}"_s}}));
    QCOMPARE(mapping.constants, StringMap());
}

void TestMapping::assignments_data()
{
    QTest::addColumn<bool>("isTemplate");
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("field");   // canonical; empty when the assignment is refused
    QTest::addColumn<QString>("value");   // or a part of the error message

    QTest::newRow("template") << true << u"description={customer_name} ({reseller_name})"_s << u"description"_s
                              << u"{customer_name} ({reseller_name})"_s;
    QTest::newRow("dotted spelling") << true << u"Account.ID={hierarchy_path}"_s << u"account_id"_s
                                     << u"{hierarchy_path}"_s;
    QTest::newRow("short name") << false << u"email=billing@example.com"_s << u"email_address"_s
                                << u"billing@example.com"_s;
    QTest::newRow("value holding '='") << false << u"contact_name=a=b"_s << u"contact_name"_s << u"a=b"_s;
    QTest::newRow("empty value") << false << u"rate_plan="_s << u"rate_plan"_s << QString();
    QTest::newRow("literal braces") << true << u"description={{x}}"_s << u"description"_s << u"{{x}}"_s;
    QTest::newRow("unknown field with a suggestion") << true << u"acount_id={account_id}"_s << QString()
                                                     << u"Did you mean account_id?"_s;
    QTest::newRow("unknown field") << false << u"colour=blue"_s << QString() << u"\"colour\" is not a ccimport field"_s;
    QTest::newRow("no '='") << true << u"description"_s << QString() << u"FIELD=VALUE"_s;
    QTest::newRow("no field") << false << u"=true"_s << QString() << u"FIELD=VALUE"_s;
    QTest::newRow("unclosed '{'") << true << u"description={customer_name"_s << QString()
                                  << u"The '{' at position 1"_s;
    QTest::newRow("'{' inside a member") << true << u"description={a{b}"_s << QString() << u"is not closed"_s;
    QTest::newRow("lone '}'") << true << u"description=a}b"_s << QString() << u"The '}' at position 2"_s;
    QTest::newRow("empty braces") << true << u"description=x{}"_s << QString() << u"empty {} at position 2"_s;
}

void TestMapping::assignments()
{
    QFETCH(bool, isTemplate);
    QFETCH(QString, assignment);
    QFETCH(QString, field);
    QFETCH(QString, value);
    Mapping mapping;
    const auto result = isTemplate ? mapping.setTemplate(assignment) : mapping.setConstant(assignment);
    if (field.isEmpty()) {
        QVERIFY(!result.has_value());
        QVERIFY2(result.error().contains(value), qPrintable(result.error()));
        QCOMPARE(mapping, Mapping());
        return;
    }
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error()));
    QCOMPARE(isTemplate ? mapping.templates : mapping.constants, (StringMap{{field, value}}));
    QCOMPARE(isTemplate ? mapping.constants : mapping.templates, StringMap());
}

void TestMapping::constantAndTemplateReplaceEachOther()
{
    Mapping mapping = Mapping::defaults();
    QVERIFY(mapping.setConstant(u"description=Fixed"_s).has_value());
    QVERIFY(!mapping.templates.contains(u"description"_s));
    QCOMPARE(mapping.constants.value(u"description"_s), u"Fixed"_s);
    QVERIFY(mapping.setTemplate(u"DESCRIPTION={reseller_name}"_s).has_value());
    QVERIFY(!mapping.constants.contains(u"description"_s));
    QCOMPARE(mapping.templates.value(u"description"_s), u"{reseller_name}"_s);
}

void TestMapping::apply_data()
{
    QTest::addColumn<StringMap>("templates");
    QTest::addColumn<StringMap>("constants");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");

    const Mapping defaults = Mapping::defaults();
    QTest::newRow("defaults, missing member blank")
        << defaults.templates << StringMap() << QStringList{u"account_id"_s, u"alt_account_id"_s, u"description"_s}
        << Rows{{u"ABCXYZ"_s, u"E-1"_s, u"Customer1"_s}, {u"DEF"_s, QString(), u"Kunde Zwei"_s}};
    QTest::newRow("hierarchy path")
        << StringMap{{u"account_id"_s, u"{hierarchy_path}"_s}, {u"description"_s, u"{customer_name}"_s}}
        << StringMap() << QStringList{u"account_id"_s, u"description"_s}
        << Rows{{u"CS-P|CS-NB|Customer1"_s, u"Customer1"_s}, {u"CS-P|CS-NB|Kunde2"_s, u"Kunde Zwei"_s}};
    QTest::newRow("literal text, braces and several members")
        << StringMap{{u"account_id"_s, u"{reseller_name}|{account_id}"_s},
                     {u"description"_s, u"{{{customer_name}}} of }}{provider_name}{{"_s}}
        << StringMap() << QStringList{u"account_id"_s, u"description"_s}
        << Rows{{u"CS-NB|ABCXYZ"_s, u"{Customer1} of }CS-P{"_s}, {u"CS-NB|DEF"_s, u"{Kunde Zwei} of }CS-P{"_s}};
    QTest::newRow("source file")
        << StringMap{{u"account_id"_s, u"{account_id}"_s}, {u"contact_name"_s, u"from {source_file}"_s}}
        << StringMap() << QStringList{u"account_id"_s, u"contact_name"_s}
        << Rows{{u"ABCXYZ"_s, u"from 2024-05-06_0930_customer.json"_s},
                {u"DEF"_s, u"from 2024-05-06_0930_customer.json"_s}};
    QTest::newRow("constants in schema order")
        << StringMap{{u"description"_s, u"{customer_name}"_s}, {u"account_id"_s, u"{account_id}"_s}}
        << StringMap{{u"accounting_day"_s, u"15"_s}, {u"active"_s, u"false"_s}, {u"rate_plan"_s, u"Gold"_s}}
        << QStringList{u"active"_s, u"rate_plan"_s, u"account_id"_s, u"description"_s, u"accounting_day"_s}
        << Rows{{u"false"_s, u"Gold"_s, u"ABCXYZ"_s, u"Customer1"_s, u"15"_s},
                {u"false"_s, u"Gold"_s, u"DEF"_s, u"Kunde Zwei"_s, u"15"_s}};
    QTest::newRow("empty template and constant")
        << StringMap{{u"account_id"_s, u"{account_id}"_s}, {u"flag1"_s, QString()}}
        << StringMap{{u"flag2"_s, QString()}} << QStringList{u"account_id"_s, u"flag1"_s, u"flag2"_s}
        << Rows{{u"ABCXYZ"_s, QString(), QString()}, {u"DEF"_s, QString(), QString()}};
}

void TestMapping::apply()
{
    QFETCH(StringMap, templates);
    QFETCH(StringMap, constants);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);
    const RecordSet records = exportRecords(twoCustomers);
    // Shared with the export or copied, the rows are the same.
    const auto shared = applyMapping(Mapping{templates, constants}, records, MappedValues::SharedWithExport);
    QVERIFY(shared.has_value());
    QCOMPARE(testing::allRows(*shared), rows);
    QCOMPARE(shared->cells.source().constData(), records.cells.source().constData());
    const auto result = applyMapping(Mapping{templates, constants}, records);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->header, header);
    QCOMPARE(testing::allRows(*result), rows);
    QCOMPARE(result->source.path, records.source.path);
    QCOMPARE(result->source.kind, SourceKind::Export);
    QCOMPARE(result->cells.origin(0).line, 1);
    QCOMPARE(result->cells.origin(1).line, 2);
    QVERIFY(!result->cells.origin(1).ragged);
}

void TestMapping::sourceFileInsideAnArchive()
{
    const RecordSet records =
        exportRecords(twoCustomers, u"/exports/all.zip"_s, u"2024/2024-05-06_0930_customer.json.gz"_s);
    Mapping mapping = Mapping::defaults();
    QVERIFY(mapping.setTemplate(u"rate_plan={source_file}"_s).has_value());
    const auto result = applyMapping(mapping, records);
    QVERIFY(result.has_value());
    QCOMPARE(result->header.at(0), u"rate_plan"_s);
    QCOMPARE(result->cells.text(1, 0), u"2024-05-06_0930_customer.json.gz"_s);
}

void TestMapping::invalidMapping_data()
{
    QTest::addColumn<StringMap>("templates");
    QTest::addColumn<StringMap>("constants");
    QTest::addColumn<QStringList>("inMessage");
    QTest::addColumn<QByteArray>("json");

    const QString members = u"provider_name, reseller_name, customer_name, hierarchy, account_id, external_id"_s;
    QTest::newRow("unknown member")
        << StringMap{{u"account_id"_s, u"{account_id}"_s}, {u"description"_s, u"{customer} ({reseller_name})"_s}}
        << StringMap() << QStringList{u"description"_s, u"\"customer\""_s, members} << twoCustomers;
    QTest::newRow("hierarchy path without hierarchy")
        << StringMap{{u"account_id"_s, u"{hierarchy_path}"_s}} << StringMap()
        << QStringList{u"account_id"_s, u"{hierarchy_path}"_s, u"\"hierarchy\""_s, u"account_id, external_id"_s}
        << R"([{"account_id": "A"}, {"external_id": "B"}])"_ba;
    QTest::newRow("another field's default template, given by the user")
        << StringMap{{u"account_id"_s, u"{account_id}"_s}, {u"description"_s, u"{external_id}"_s}} << StringMap()
        << QStringList{u"description"_s, u"\"external_id\""_s} << R"([{"account_id": "A"}])"_ba;
    QTest::newRow("unbalanced brace") << StringMap{{u"description"_s, u"{customer_name"_s}} << StringMap()
                                      << QStringList{u"description"_s, u"is not closed"_s} << twoCustomers;
    QTest::newRow("field that is not canonical") << StringMap{{u"email"_s, u"{account_id}"_s}} << StringMap()
                                                 << QStringList{u"\"email\""_s, u"canonical"_s} << twoCustomers;
    QTest::newRow("unknown constant field") << StringMap() << StringMap{{u"colour"_s, u"blue"_s}}
                                            << QStringList{u"\"colour\""_s} << twoCustomers;
    QTest::newRow("template and constant for one field")
        << StringMap{{u"active"_s, u"{account_id}"_s}} << StringMap{{u"active"_s, u"true"_s}}
        << QStringList{u"active"_s, u"both"_s} << twoCustomers;
}

void TestMapping::invalidMapping()
{
    QFETCH(StringMap, templates);
    QFETCH(StringMap, constants);
    QFETCH(QStringList, inMessage);
    QFETCH(QByteArray, json);
    const RecordSet records = exportRecords(json);
    const Mapping mapping{templates, constants};
    const auto valid = validateMapping(mapping, records);
    QVERIFY(!valid.has_value());
    for (const QString &part : inMessage)
        QVERIFY2(valid.error().message.contains(part), qPrintable(valid.error().message));
    QCOMPARE(valid.error().file, records.source.path);
    // No row is made.
    const auto applied = applyMapping(mapping, records);
    QVERIFY(!applied.has_value());
    QCOMPARE(applied.error().message, valid.error().message);
}

void TestMapping::zeroRecords()
{
    const RecordSet records = exportRecords("[]"_ba);
    Mapping mapping = Mapping::defaults();
    QVERIFY(mapping.setTemplate(u"contact_name={not_in_any_record} {hierarchy_path}"_s).has_value());
    QVERIFY(validateMapping(mapping, records).has_value());
    const auto result = applyMapping(mapping, records);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->header,
             (QStringList{u"account_id"_s, u"alt_account_id"_s, u"description"_s, u"contact_name"_s}));
    QCOMPARE(result->cells.rowCount(), 0);
    QCOMPARE(result->cells.columnCount(), 4);
}

// The mapped table copies the few values it uses: the export (most of whose text no field
// uses) can go, and each mapped row stays compact (4 bytes a cell plus its values).
void TestMapping::mappedRowsHoldOnlyTheirValues()
{
    QByteArray json = "["_ba;
    constexpr int Records = 200;
    for (int record = 0; record < Records; ++record) {
        json += (record > 0 ? ","_ba : ""_ba) + R"({"account_id": "A)"_ba + QByteArray::number(record)
                + R"(", "customer_name": "Customer", "notes": ")"_ba + QByteArray(500, 'x') + R"("})"_ba;
    }
    json += "]"_ba;
    std::optional<RecordSet> records = exportRecords(json);
    auto result = applyMapping(Mapping::defaults(), *records);
    QVERIFY(result.has_value());
    const qsizetype exportBytes = records->cells.memoryUse();
    records.reset(); // the export's text is freed: a value still pointing into it would fail here (and under ASan)
    QCOMPARE(result->cells.rowCount(), Records);
    QCOMPARE(result->cells.text(Records - 1, 0), u"A%1"_s.arg(Records - 1));
    QCOMPARE(result->cells.text(Records - 1, 2), u"Customer"_s);
    qsizetype valueBytes = 0;
    for (int row = 0; row < Records; ++row) {
        for (int column = 0; column < result->cells.columnCount(); ++column)
            valueBytes += result->cells.value(row, column).size();
    }
    // The text grows by doubling; each compact row is 3 cells of 4 bytes, its block, base and origin.
    QVERIFY2(result->cells.memoryUse() <= 2 * valueBytes + Records * (3 * 4 + 4 + 4 + 8) + 4096,
             qPrintable(u"%1 bytes for %2 bytes of values"_s.arg(result->cells.memoryUse()).arg(valueBytes)));
    QVERIFY(result->cells.memoryUse() * 10 < exportBytes);
    QVERIFY(result->cells.sourceSpan(0, ',') == std::nullopt); // values lie side by side, not as a CSV record
}

void TestMapping::mappedTextOverTheLimit_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<MappedValues>("values");
    QTest::addColumn<qsizetype>("limit");
    QTest::addColumn<bool>("fits");
    // twoCustomers maps to "ABCXYZ" + "E-1" + "Customer1" and "DEF" + "Kunde Zwei": 31 bytes.
    for (const MappedValues values : {MappedValues::Copied, MappedValues::SharedWithExport}) {
        const char *kind = values == MappedValues::Copied ? "copied" : "shared";
        QTest::addRow("%s: members taken whole, at the limit", kind) << QString() << values << qsizetype{31} << true;
        QTest::addRow("%s: members taken whole, one byte over", kind) << QString() << values << qsizetype{30} << false;
        QTest::addRow("%s: a composed value over the limit", kind)
            << u"contact_name={customer_name}{customer_name}{customer_name}"_s << values << qsizetype{60} << false;
    }
}

// More mapped text than a table holds is a fatal problem naming the export, never a crash.
void TestMapping::mappedTextOverTheLimit()
{
    QFETCH(QString, assignment);
    QFETCH(MappedValues, values);
    QFETCH(qsizetype, limit);
    QFETCH(bool, fits);
    Mapping mapping = Mapping::defaults();
    if (!assignment.isEmpty())
        QVERIFY(mapping.setTemplate(assignment).has_value());
    const RecordSet records = exportRecords(twoCustomers);
    const auto result = applyMapping(mapping, records, values, limit);
    QCOMPARE(result.has_value(), fits);
    if (!fits) {
        QCOMPARE(result.error().file, records.source.path);
        QVERIFY2(result.error().message.contains(u"more than"_s), qPrintable(result.error().message));
    }
}

// FORMATS.md section 2: an export without an optional member is still an export; only a
// template the user gives must name members the export has (invalidMapping).
void TestMapping::defaultTemplateOfMissingMember_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<StringMap>("templates"); // set over the defaults, as --map does
    QTest::addColumn<Rows>("rows");           // account_id, alt_account_id, description

    QTest::newRow("no record has external_id")
        << R"([{"account_id": "A", "customer_name": "Alpha"}, {"account_id": "B", "customer_name": "Beta"}])"_ba
        << StringMap() << Rows{{u"A"_s, QString(), u"Alpha"_s}, {u"B"_s, QString(), u"Beta"_s}};
    QTest::newRow("no record has customer_name")
        << R"([{"account_id": "A", "external_id": "E"}])"_ba << StringMap() << Rows{{u"A"_s, u"E"_s, QString()}};
    QTest::newRow("no record has any default member")
        << R"([{"provider_name": "P"}])"_ba << StringMap() << Rows{{QString(), QString(), QString()}};
    QTest::newRow("a default template given again over the defaults")
        << R"([{"account_id": "A", "customer_name": "Alpha"}])"_ba
        << StringMap{{u"alt_account_id"_s, u"{external_id}"_s}} << Rows{{u"A"_s, QString(), u"Alpha"_s}};
}

void TestMapping::defaultTemplateOfMissingMember()
{
    QFETCH(QByteArray, json);
    QFETCH(StringMap, templates);
    QFETCH(Rows, rows);
    const RecordSet records = exportRecords(json);
    Mapping mapping = Mapping::defaults();
    for (const auto &[field, text] : templates.asKeyValueRange())
        QVERIFY(mapping.setTemplate(field + u'=' + text).has_value());
    const auto result = applyMapping(mapping, records);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->header, (QStringList{u"account_id"_s, u"alt_account_id"_s, u"description"_s}));
    QCOMPARE(testing::allRows(*result), rows);
}

void TestMapping::hierarchyPath_data()
{
    QTest::addColumn<QString>("hierarchy");
    QTest::addColumn<QString>("path");

    QTest::newRow("sys and hcs dropped") << u"sys.hcs.CS-P.CS-NB.Customer1"_s << u"CS-P|CS-NB|Customer1"_s;
    QTest::newRow("only sys") << u"sys.CS-P.Customer1"_s << u"CS-P|Customer1"_s;
    QTest::newRow("neither") << u"CS-P.Customer1"_s << u"CS-P|Customer1"_s;
    QTest::newRow("nothing below hcs") << u"sys.hcs"_s << QString();
    QTest::newRow("sys alone") << u"sys"_s << QString();
    QTest::newRow("hcs below another node kept") << u"sys.X.hcs.Y"_s << u"X|hcs|Y"_s;
    QTest::newRow("a node that starts with sys kept") << u"system.hcsx.A"_s << u"system|hcsx|A"_s;
    QTest::newRow("non-ASCII") << u"sys.hcs.Prov.Bäckerei Müller"_s << u"Prov|Bäckerei Müller"_s;
    QTest::newRow("empty level kept") << u"sys.hcs.A..B"_s << u"A||B"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestMapping::hierarchyPath()
{
    QFETCH(QString, hierarchy);
    QFETCH(QString, path);
    QCOMPARE(ccedit::hierarchyPath(hierarchy), path);
}

// The bundled sample export, mapped with the defaults, gives the rows of the golden file and
// the ccimport problems the sample was made to show.
void TestMapping::sampleWithDefaultMapping()
{
    const ReadResult sample =
        ExportReader().read(QFINDTESTDATA("../../resources/samples/2024-05-06_0930_customer.json.gz"));
    QVERIFY2(sample.has_value(), qPrintable(sample ? QString() : sample.error().toString()));
    const auto mapped = applyMapping(Mapping::defaults(), *sample);
    QVERIFY2(mapped.has_value(), qPrintable(mapped ? QString() : mapped.error().toString()));

    QFile golden(QFINDTESTDATA("../data/export/2024-05-06_0930_customer.default-mapping.tsv"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(golden.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(mapped->header, lines.takeFirst().split(u'\t'));
    Rows expected;
    for (const QString &line : lines)
        expected << line.split(u'\t');
    QCOMPARE(testing::allRows(*mapped), expected);

    const Document document(*mapped);
    QStringList problems;
    for (const Diagnostic &problem : document.allProblems())
        problems << u"%1:%2: %3"_s.arg(problem.line).arg(problem.column).arg(codeName(problem.code));
    QCOMPARE(problems, (QStringList{u"5:3: required-value-missing"_s, u"6:1: invalid-account-id"_s,
                                    u"8:1: duplicate-account-id"_s, u"9:3: surrounding-whitespace"_s}));
}

QTEST_GUILESS_MAIN(TestMapping)
#include "tst_mapping.moc"
