#include "schema.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ccedit;

class TestSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fieldsAreUnique()
    {
        QCOMPARE(Schema::fieldCount(), 19);
        QCOMPARE(static_cast<int>(Schema::fields().size()), 19);
        QSet<QString> names;
        for (int i = 0; i < Schema::fieldCount(); ++i) {
            const QString name = Schema::field(i).name;
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QCOMPARE(Schema::indexOf(name), i);
            QCOMPARE(Schema::indexOfCanonical(Schema::field(i).name), i);
            QVERIFY2(!Schema::description(i).isEmpty(), qPrintable(name));
        }
    }

    void indexOf_data()
    {
        QTest::addColumn<QString>("headerName");
        QTest::addColumn<QString>("canonical"); // empty: unknown
        QTest::newRow("canonical") << u"account_id"_s << u"account_id"_s;
        QTest::newRow("dots for underscores") << u"account.id"_s << u"account_id"_s;
        QTest::newRow("upper case") << u"ACCOUNT_ID"_s << u"account_id"_s;
        QTest::newRow("mixed case with dots") << u"Fiscal.Start.Month"_s << u"fiscal_start_month"_s;
        QTest::newRow("short email") << u"email"_s << u"email_address"_s;
        QTest::newRow("short email any case") << u"EMAIL"_s << u"email_address"_s;
        QTest::newRow("address1") << u"address1"_s << u"postal_address1"_s;
        QTest::newRow("address2") << u"address2"_s << u"postal_address2"_s;
        QTest::newRow("address3") << u"address3"_s << u"postal_address3"_s;
        QTest::newRow("address4") << u"address4"_s << u"postal_address4"_s;
        QTest::newRow("address5") << u"Address5"_s << u"postal_address5"_s;
        QTest::newRow("unknown") << u"customer"_s << QString();
        QTest::newRow("address6 unknown") << u"address6"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("misspelt") << u"acount_id"_s << QString();
    }
    void indexOf()
    {
        QFETCH(QString, headerName);
        QFETCH(QString, canonical);
        const int index = Schema::indexOf(headerName);
        if (canonical.isEmpty())
            QCOMPARE(index, -1);
        else
            QCOMPARE(QString(Schema::field(index).name), canonical);
    }

    void closestName_data()
    {
        QTest::addColumn<QString>("unknownName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing letter") << u"acount_id"_s << u"account_id"_s;
        QTest::newRow("missing letter in description") << u"descripton"_s << u"description"_s;
        QTest::newRow("nonsense") << u"nonsense"_s << QString();
        QTest::newRow("far away") << u"zzzzzzzzzzzzzzzz"_s << QString();
    }
    void closestName()
    {
        QFETCH(QString, unknownName);
        QFETCH(QString, expected);
        QCOMPARE(Schema::closestName(unknownName), expected);
    }

    void requiredFields()
    {
        QStringList required;
        for (int index : Schema::requiredFields())
            required.append(QString(Schema::field(index).name));
        QCOMPARE(required, (QStringList{u"account_id"_s, u"description"_s}));
        for (int i = 0; i < Schema::fieldCount(); ++i)
            QCOMPARE(Schema::field(i).required, required.contains(QString(Schema::field(i).name)));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
