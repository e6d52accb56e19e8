#include "generator.h"

#include "benchtr.h"
#include "splitmix64.h"

#include <KCompressionDevice>

#include <QBuffer>
#include <QByteArray>
#include <QByteArrayView>
#include <QSaveFile>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace ccedit::bench {
namespace {

// Strings are UTF-8 byte strings: the generator writes bytes, never text through a codec.
struct Country {
    const char *region;
    const char *code;
    const char *name;
    const char *topLevelDomain;
    std::array<const char *, 3> cities;
    std::array<const char *, 3> streets;
};

constexpr std::array countries{
    Country{"EMEA", "DE", "Germany", "de", {"Hamburg", "München", "Köln"},
            {"Hafenstraße", "Königsallee", "Schloßstraße"}},
    Country{"EMEA", "FR", "France", "fr", {"Paris", "Besançon", "Orléans"},
            {"Rue de la Paix", "Avenue Foch", "Rue Lafayette"}},
    Country{"EMEA", "NO", "Norway", "no", {"Oslo", "Tromsø", "Bodø"},
            {"Karl Johans gate", "Strandveien", "Øvre Slottsgate"}},
    Country{"EMEA", "ES", "Spain", "es", {"Madrid", "A Coruña", "Logroño"},
            {"Calle Mayor", "Avenida de España", "Calle Núñez"}},
    Country{"EMEA", "GB", "United Kingdom", "co.uk", {"London", "Leeds", "Bristol"},
            {"High Street", "Station Road", "Church Lane"}},
    Country{"AMER", "US", "United States", "com", {"New York", "Chicago", "San José"},
            {"Market Street", "Main Street", "Broadway"}},
    Country{"AMER", "CA", "Canada", "ca", {"Montréal", "Toronto", "Québec"},
            {"Rue Sainte-Catherine", "King Street", "Yonge Street"}},
    Country{"AMER", "BR", "Brasil", "com.br", {"São Paulo", "Brasília", "Curitiba"},
            {"Avenida Paulista", "Rua Augusta", "Rua da Glória"}},
    Country{"APAC", "JP", "Japan", "co.jp", {"東京", "大阪", "横浜"}, {"銀座", "丸の内", "梅田"}},
    Country{"APAC", "AU", "Australia", "com.au", {"Sydney", "Melbourne", "Perth"},
            {"George Street", "Collins Street", "Hay Street"}},
    Country{"APAC", "SG", "Singapore", "com.sg", {"Singapore", "Jurong", "Tampines"},
            {"Orchard Road", "Raffles Place", "Jalan Besar"}},
};

// A name as written and as it appears in an e-mail address.
struct Name {
    const char *text;
    const char *ascii;
};

constexpr std::array surnames{
    Name{"Müller", "mueller"},     Name{"Schmidt", "schmidt"},   Name{"Ødegaard", "odegaard"},
    Name{"Ñandú", "nandu"},        Name{"Dubois", "dubois"},     Name{"García", "garcia"},
    Name{"Nakamura", "nakamura"},  Name{"Søndergaard", "sondergaard"},
    Name{"Kowalski", "kowalski"},  Name{"Johansson", "johansson"}, Name{"O'Brien", "obrien"},
    Name{"Lefèvre", "lefevre"},    Name{"Çelik", "celik"},       Name{"Dvořák", "dvorak"},
    Name{"Häkkinen", "hakkinen"},  Name{"Silva", "silva"},       Name{"Tanaka", "tanaka"},
    Name{"Rossi", "rossi"},        Name{"Smith", "smith"},       Name{"Becker", "becker"},
};

constexpr std::array firstNames{
    Name{"Hans", "hans"},   Name{"Åsa", "asa"},       Name{"José", "jose"},     Name{"Zoë", "zoe"},
    Name{"Łukasz", "lukasz"}, Name{"François", "francois"}, Name{"Yuki", "yuki"}, Name{"Priya", "priya"},
    Name{"John", "john"},   Name{"Ingrid", "ingrid"}, Name{"Mehmet", "mehmet"}, Name{"Olga", "olga"},
    Name{"Chloé", "chloe"}, Name{"Søren", "soren"},   Name{"Anna", "anna"},     Name{"Wei", "wei"},
};

constexpr std::array<const char *, 12> industries{
    "Logistik", "Consulting", "Software", "Foods", "Engineering", "Retail",
    "Pharma", "Energy", "Telecom", "Media", "Holding", "Bank"};
constexpr std::array<const char *, 12> legalForms{
    "GmbH", "AG", "Ltd", "Inc.", "S.A.", "AS", "AB", "SARL", "S.p.A.", "B.V.", "K.K.", "Pty Ltd"};
constexpr std::array<const char *, 8> brands{
    "Nordlys", "Polaris", "Aurora", "Zenit", "Atlas", "Fénix", "Kōyō", "Sirius"};
constexpr std::array<const char *, 4> japaneseTrades{"精密", "電機", "商事", "物流"};
constexpr std::array<const char *, 6> ratePlans{
    "Default", "Gold", "Silver", "Bronze", "Enterprise", "Pay As You Go"};
constexpr std::array<const char *, 4> inactiveValues{"false", "1", "0", ""};
constexpr std::array<const char *, 4> secondAddressLines{
    "Hinterhaus, 3. OG", "Building B, 2nd floor", "c/o Accounts Payable", "Attn: IT Procurement"};
constexpr std::array<const char *, 4> extraAddressLines{
    "Building B", "c/o Accounts Payable", "Attn: IT Procurement", "Floor 3"};
constexpr std::array<const char *, 4> dialPlans{"Type1", "Type2", "Type3", "Type4"};
constexpr char flagCharacters[] = "ABCDEFGHJKLMNPRSTXYZ0123456789";
constexpr std::array<const char *, 19> csvHeader{
    "active", "rate_plan", "account_id", "alt_account_id", "description",
    "flag1", "flag2", "flag3", "flag4", "flag5", "accounting_day", "fiscal_start_month",
    "contact_name", "email_address", "postal_address1", "postal_address2", "postal_address3",
    "postal_address4", "postal_address5"};

constexpr qsizetype flushBytes = 1 << 20;

QByteArray zeroPadded(quint64 number, int width)
{
    return QByteArray::number(number).rightJustified(width, '0');
}

// Everything that follows from a customer number alone, so that a later row can repeat
// an earlier row's account ID (duplicate-account-id) without keeping all IDs in memory.
struct Customer {
    const Country *country;
    QByteArray accountId;  // hierarchical, for the CSV: EMEA|DE|Cust0004211
    QByteArray customerId; // flat, for the export: Cust0004211
};

Customer customer(quint64 seed, quint64 number)
{
    SplitMix64 random(seed ^ (number * 0xd1342543de82ef95ULL));
    const Country &country = random.pick(countries);
    const QByteArray id = "Cust" + zeroPadded(number, 7);
    QByteArray accountId = QByteArray(country.region) + '|' + country.code + '|';
    if (random.chance(100))
        accountId += QByteArray(random.pick(country.cities)) + '|';
    return {&country, accountId + id, id};
}

// The customer whose account ID row `number` carries: its own unless IDs are shared. Drawn
// apart from the row's other values, which stay as they are with unique IDs.
quint64 idCustomer(quint64 seed, quint64 number, IdSpread ids)
{
    switch (ids) {
    case IdSpread::Unique:
        return number;
    case IdSpread::Same:
        return 1;
    case IdSpread::Shared: {
        SplitMix64 random(seed ^ (number * 0x9e3779b97f4a7c15ULL));
        return random.chance(100) ? 1 + random.below(100) : number;
    }
    }
    Q_UNREACHABLE_RETURN(number);
}

struct Company {
    QByteArray name;
    QByteArray domain;
};

Company company(SplitMix64 &random, const Country &country)
{
    const Name &owner = random.pick(surnames);
    const QByteArray industry = random.pick(industries);
    const QByteArray domain = QByteArray(owner.ascii) + '-' + industry.toLower() + '.'
        + country.topLevelDomain;
    if (QByteArrayView(country.code) == "JP" && random.chance(500)) {
        return {QByteArray(random.pick(country.cities)) + random.pick(japaneseTrades) + "株式会社",
                domain};
    }
    const quint32 pattern = random.below(100);
    const QByteArray legal = random.pick(legalForms);
    QByteArray name;
    if (pattern < 40)
        name = QByteArray(owner.text) + ' ' + industry + ' ' + legal;
    else if (pattern < 65) // a comma: the CSV must quote it
        name = QByteArray(owner.text) + ' ' + industry + ' ' + legal + ", " + random.pick(country.cities);
    else if (pattern < 80)
        name = QByteArray(owner.text) + " & " + random.pick(surnames).text + ' ' + legal;
    else if (pattern < 85) // quotes inside: "" in the CSV, \" in JSON
        name = QByteArray(owner.text) + " \"" + random.pick(brands) + "\" " + industry + ' ' + legal;
    else
        name = industry + ' ' + random.pick(country.cities) + ' ' + legal;
    return {name, domain};
}

QByteArray streetLine(SplitMix64 &random, const Country &country)
{
    return QByteArray(random.pick(country.streets)) + ' ' + QByteArray::number(1 + random.below(250));
}

// Appends one CSV value, quoted only where RFC 4180 and ccimport need it.
void appendCsvValue(QByteArray &line, QByteArrayView value, bool firstInRow)
{
    const bool quote = value.contains(',') || value.contains('"') || value.contains('\n')
        || value.contains('\r') || (firstInRow && value.startsWith('#'));
    if (!quote) {
        line += value;
        return;
    }
    line += '"';
    for (const char c : value) {
        if (c == '"')
            line += '"';
        line += c;
    }
    line += '"';
}

void appendJsonString(QByteArray &out, QByteArrayView value)
{
    out += '"';
    for (const char c : value) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += "\\u00" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

// The ways a CSV row is made wrong; the last one is only a warning.
enum class CsvProblem { AccountingDay31, ActiveYes, TwoCharacterFlag, EmptyDescription, EmptyLevel, DuplicateId };
constexpr int csvProblemCount = 6;

using CsvValues = std::array<QByteArray, 19>;

CsvValues csvValues(quint64 seed, quint64 number, IdSpread ids, quint32 problemsPerMille, SplitMix64 &random,
                    bool &problem)
{
    const Customer self = customer(seed, number);
    const quint64 idNumber = idCustomer(seed, number, ids);
    const Country &country = *self.country;
    CsvValues values;
    auto &[active, ratePlan, accountId, altAccountId, description, flag1, flag2, flag3, flag4, flag5,
           accountingDay, fiscalStartMonth, contactName, email, address1, address2, address3,
           address4, address5] = values;

    active = random.chance(900) ? QByteArray("true") : QByteArray(random.pick(inactiveValues));
    ratePlan = random.pick(ratePlans);
    accountId = idNumber == number ? self.accountId : customer(seed, idNumber).accountId;
    if (random.chance(650))
        altAccountId = "SAP-" + zeroPadded(random.below(100'000'000), 8);
    const Company owner = company(random, country);
    description = owner.name;
    for (QByteArray *flag : {&flag1, &flag2, &flag3, &flag4, &flag5}) {
        if (random.chance(250))
            *flag = QByteArray(1, flagCharacters[random.below(sizeof flagCharacters - 1)]);
    }
    if (random.chance(400))
        accountingDay = QByteArray::number(1 + random.below(30));
    if (random.chance(250))
        fiscalStartMonth = QByteArray::number(1 + random.below(12));
    if (random.chance(900)) {
        const Name &first = random.pick(firstNames);
        const Name &last = random.pick(surnames);
        contactName = QByteArray(first.text) + ' ' + last.text;
        if (random.chance(950))
            email = QByteArray(first.ascii) + '.' + last.ascii + '@' + owner.domain;
    }
    address1 = streetLine(random, country);
    if (random.chance(5)) // a quoted line break inside a value
        address1 += '\n' + QByteArray(random.pick(secondAddressLines));
    address2 = zeroPadded(random.below(100'000), 5) + ' ' + random.pick(country.cities);
    address3 = country.name;
    if (random.chance(250))
        address4 = random.pick(extraAddressLines);
    if (random.chance(20))
        address5 = "PO Box " + QByteArray::number(1000 + random.below(9000));

    problem = random.chance(problemsPerMille);
    if (problem) {
        auto kind = static_cast<CsvProblem>(random.below(csvProblemCount));
        if (kind == CsvProblem::DuplicateId && number == 1)
            kind = CsvProblem::AccountingDay31;
        switch (kind) {
        case CsvProblem::AccountingDay31: accountingDay = "31"; break;
        case CsvProblem::ActiveYes: active = "yes"; break;
        case CsvProblem::TwoCharacterFlag: values[5 + random.below(5)] = "AB"; break;
        case CsvProblem::EmptyDescription: description.clear(); break;
        case CsvProblem::EmptyLevel:
            accountId = QByteArray(country.region) + "||" + self.customerId;
            break;
        case CsvProblem::DuplicateId:
            accountId = customer(seed, 1 + random.below(static_cast<quint32>(number - 1))).accountId;
            break;
        }
    }

    return values;
}

QByteArray csvLine(const CsvValues &values)
{
    QByteArray line;
    line.reserve(256);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            line += ',';
        appendCsvValue(line, values[i], i == 0);
    }
    line += '\n';
    return line;
}

// Customer `number` of the CSV (its values) in the export a month later: 1 in 100 gone
// (nothing), 1 in 100 renamed, the rest as they were. Decided apart from the CSV's random
// numbers, so that the CSV made with the same seed is the base this export updates.
QByteArray updateRecord(quint64 seed, quint64 number, const CsvValues &values, bool isNew)
{
    SplitMix64 fate(seed ^ (number * 0xbf58476d1ce4e5b9ULL));
    const quint32 draw = fate.below(100);
    if (draw == 0 && !isNew)
        return {};
    QByteArray out = "{\"customer_name\": ";
    appendJsonString(out, draw == 1 && !isNew ? QByteArray(values[4] + " (renamed)") : values[4]);
    out += ", \"hierarchy\": ";
    appendJsonString(out, QByteArray("sys.hcs.GlobalTel." + QByteArray(values[2]).replace('|', '.')));
    out += ", \"account_id\": ";
    appendJsonString(out, values[2]);
    out += ", \"external_id\": ";
    appendJsonString(out, values[3]);
    out += '}';
    return out;
}

// The ways an export record is made wrong or unusual (VOSS report variations).
enum class ExportProblem { MissingName, NullAccountId, NumericExternalId, EmptyLevel, DuplicateId, EmptyName };
constexpr int exportProblemCount = 6;

QByteArray exportRecord(quint64 seed, quint64 number, IdSpread ids, quint32 problemsPerMille, SplitMix64 &random,
                        bool &problem)
{
    const Customer self = customer(seed, number);
    const quint64 idNumber = idCustomer(seed, number, ids);
    const Country &country = *self.country;
    const QByteArray provider = "GlobalTel-" + QByteArray(country.region);
    const QByteArray reseller = QByteArray(country.code) + "-Partner-" + zeroPadded(1 + random.below(40), 2);
    QByteArray customerName = company(random, country).name;
    QByteArray accountId = idNumber == number ? self.customerId : customer(seed, idNumber).customerId;
    QByteArray externalId;
    if (random.chance(300))
        externalId = "EXT-" + zeroPadded(random.below(1'000'000), 6);

    problem = random.chance(problemsPerMille);
    auto kind = static_cast<ExportProblem>(random.below(exportProblemCount));
    if (kind == ExportProblem::DuplicateId && number == 1)
        kind = ExportProblem::EmptyName;
    if (problem) {
        switch (kind) {
        case ExportProblem::EmptyLevel: accountId = self.customerId + "||" + reseller; break;
        case ExportProblem::DuplicateId:
            accountId = customer(seed, 1 + random.below(static_cast<quint32>(number - 1))).customerId;
            break;
        case ExportProblem::EmptyName: customerName.clear(); break;
        case ExportProblem::MissingName:
        case ExportProblem::NullAccountId:
        case ExportProblem::NumericExternalId: break; // written below, as JSON of another shape
        }
    }

    QByteArray out;
    out.reserve(320);
    auto member = [&out](const char *name) {
        if (out.size() > 1)
            out += ", ";
        out += '"';
        out += name;
        out += "\": ";
    };
    out += '{';
    member("provider_name");
    appendJsonString(out, provider);
    member("reseller_name");
    appendJsonString(out, reseller);
    if (!(problem && kind == ExportProblem::MissingName)) {
        member("customer_name");
        appendJsonString(out, customerName);
    }
    member("hierarchy");
    appendJsonString(out, QByteArray("sys.hcs." + provider + '.' + reseller + '.' + self.customerId));
    member("account_id");
    if (problem && kind == ExportProblem::NullAccountId)
        out += "null";
    else
        appendJsonString(out, accountId);
    member("external_id");
    if (problem && kind == ExportProblem::NumericExternalId)
        out += QByteArray::number(random.below(1'000'000));
    else
        appendJsonString(out, externalId);
    if (random.chance(50)) { // a member from a later report version
        member("dial_plan");
        appendJsonString(out, random.pick(dialPlans));
    }
    out += '}';
    return out;
}

QString writeError(const QString &path, const QString &reason)
{
    return Bench::tr("%1: cannot write the file: %2").arg(path, reason);
}

// Collects the data and hands it on in large blocks, through gzip when asked.
class Sink
{
public:
    Sink(const QString &path, bool gzip)
        : m_file(path)
        , m_gzip(gzip)
    {
    }

    std::expected<void, QString> open()
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return std::unexpected(writeError(m_file.fileName(), m_file.errorString()));
        if (m_gzip) {
            m_compressed.open(QIODevice::WriteOnly);
            m_compressor.emplace(&m_compressed, false, KCompressionDevice::GZip);
            if (!m_compressor->open(QIODevice::WriteOnly))
                return std::unexpected(writeError(m_file.fileName(), m_compressor->errorString()));
        }
        return {};
    }

    std::expected<void, QString> append(const QByteArray &bytes)
    {
        m_pending += bytes;
        m_dataBytes += bytes.size();
        return m_pending.size() >= flushBytes ? flush() : std::expected<void, QString>{};
    }

    std::expected<qint64, QString> commit()
    {
        if (auto flushed = flush(); !flushed)
            return std::unexpected(flushed.error());
        if (m_gzip) {
            m_compressor->close();
            if (m_compressor->error() != QFileDevice::NoError)
                return std::unexpected(writeError(m_file.fileName(), m_compressor->errorString()));
            QByteArray bytes = m_compressed.data();
            // KCompressionDevice stamps the current time into the gzip header (bytes 4 to 7,
            // not covered by any checksum); zero it so the same seed gives the same bytes.
            if (bytes.size() >= 8)
                bytes.replace(4, 4, QByteArray(4, '\0'));
            if (m_file.write(bytes) != bytes.size())
                return std::unexpected(writeError(m_file.fileName(), m_file.errorString()));
        }
        const qint64 size = m_file.size();
        if (!m_file.commit())
            return std::unexpected(writeError(m_file.fileName(), m_file.errorString()));
        return size;
    }

    qint64 dataBytes() const { return m_dataBytes; }

private:
    std::expected<void, QString> flush()
    {
        QIODevice &target = m_gzip ? static_cast<QIODevice &>(*m_compressor) : m_file;
        if (target.write(m_pending) != m_pending.size())
            return std::unexpected(writeError(m_file.fileName(), target.errorString()));
        m_pending.clear();
        return {};
    }

    QSaveFile m_file;
    bool m_gzip;
    QBuffer m_compressed;
    std::optional<KCompressionDevice> m_compressor;
    QByteArray m_pending;
    qint64 m_dataBytes = 0;
};

} // namespace

std::expected<GeneratorSummary, QString> generate(const GeneratorOptions &options)
{
    const bool isExport = options.kind != DataKind::Csv;
    Sink sink(options.outputPath, isExport && options.outputPath.endsWith(u".gz"_s));
    if (auto opened = sink.open(); !opened)
        return std::unexpected(opened.error());

    SplitMix64 random(options.seed);
    GeneratorSummary summary;
    std::expected<void, QString> written;
    if (isExport) {
        written = sink.append("[\n");
    } else {
        QByteArray header = "# ccimport customer file made by ccedit-bench (seed "
            + QByteArray::number(options.seed) + ")\n";
        for (std::size_t i = 0; i < csvHeader.size(); ++i)
            header += (i > 0 ? "," : "") + QByteArray(csvHeader[i]);
        header += '\n';
        written = sink.append(header);
    }
    // An update has a record for each of the CSV's customers but the gone ones, then 1% new.
    const qint64 records = options.kind == DataKind::Update ? options.rows + options.rows / 100 : options.rows;
    QByteArray separator;
    for (qint64 row = 0; written && row < records; ++row) {
        const auto number = static_cast<quint64>(row + 1);
        bool problem = false;
        if (options.kind == DataKind::Update) {
            const CsvValues values
                = csvValues(options.seed, number, options.ids, options.problemsPerMille, random, problem);
            const QByteArray record = updateRecord(options.seed, number, values, row >= options.rows);
            if (!record.isEmpty()) {
                written = sink.append(separator + record);
                separator = ",\n";
            }
        } else if (isExport) {
            const QByteArray record = exportRecord(options.seed, number, options.ids, options.problemsPerMille, random, problem);
            written = sink.append(record + (row + 1 < options.rows ? ",\n" : "\n"));
        } else {
            written = sink.append(
                csvLine(csvValues(options.seed, number, options.ids, options.problemsPerMille, random, problem)));
        }
        summary.problemRows += problem ? 1 : 0;
    }
    if (written && isExport)
        written = sink.append(options.kind == DataKind::Update ? "\n]\n" : "]\n");
    if (!written)
        return std::unexpected(written.error());

    auto size = sink.commit();
    if (!size)
        return std::unexpected(size.error());
    summary.fileBytes = *size;
    summary.dataBytes = sink.dataBytes();
    return summary;
}

} // namespace ccedit::bench
