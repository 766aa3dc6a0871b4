#include "io/headermapping.h"

#include <QTest>

using namespace Qt::StringLiterals;
using lf::HeaderMapping;
using lf::LeadField;

namespace {

/// What a suggestion means, written the way the tests spell expectations: the field's key, "name"
/// for a full-name column, "" for unmapped.
QString describe(const HeaderMapping::Suggestion &s)
{
    if (s.isFullName)
        return u"name"_s;
    return s.field ? lf::fieldKey(*s.field) : QString();
}

QString describe(const std::optional<LeadField> &field)
{
    return field ? lf::fieldKey(*field) : QString();
}

/// Rows "header → expected" for one export format.
void addRows(const char *source, const QList<std::pair<QString, QString>> &rows)
{
    for (const auto &[header, expected] : rows)
        QTest::addRow("%s: %s", source, qPrintable(header)) << header << expected;
}

QStringList headersOf(const QList<std::pair<QString, QString>> &rows)
{
    QStringList headers;
    for (const auto &row : rows)
        headers.append(row.first);
    return headers;
}

const QList<std::pair<QString, QString>> &hubSpotSample()
{
    // The 19 headers of shared/data/leads-10k.csv, in their order.
    static const QList<std::pair<QString, QString>> rows {
        {u"First Name"_s, u"first_name"_s},
        {u"Last Name"_s, u"last_name"_s},
        {u"Email"_s, u"email"_s},
        {u"Phone Number"_s, u"phone"_s},
        {u"Company Name"_s, u"company"_s},
        {u"Job Title"_s, u"title"_s},
        {u"Industry"_s, u"industry"_s},
        {u"Number of Employees"_s, u"employees"_s},
        {u"Annual Revenue"_s, u"annual_revenue"_s},
        {u"Street Address"_s, u"street"_s},
        {u"City"_s, u"city"_s},
        {u"State/Region"_s, u"region"_s},
        {u"Postal Code"_s, u"postal_code"_s},
        {u"Country/Region"_s, u"country"_s},
        {u"Website URL"_s, u"website"_s},
        {u"Lead Source"_s, u"source"_s},
        {u"Lead Status"_s, u"stage"_s},
        {u"Notes"_s, u"notes"_s},
        {u"Create Date"_s, u"created_at"_s},
    };
    return rows;
}

const QList<std::pair<QString, QString>> &salesforce()
{
    static const QList<std::pair<QString, QString>> rows {
        {u"Lead ID"_s, QString()},
        {u"Salutation"_s, QString()},
        {u"First Name"_s, u"first_name"_s},
        {u"Last Name"_s, u"last_name"_s},
        {u"Title"_s, u"title"_s},
        {u"Company"_s, u"company"_s},
        {u"Email"_s, u"email"_s},
        {u"Phone"_s, u"phone"_s},
        {u"Mobile"_s, QString()}, // Phone came first and is explicit
        {u"Fax"_s, QString()},
        {u"Website"_s, u"website"_s},
        {u"Industry"_s, u"industry"_s},
        {u"No. of Employees"_s, u"employees"_s},
        {u"Annual Revenue"_s, u"annual_revenue"_s},
        {u"Street"_s, u"street"_s},
        {u"City"_s, u"city"_s},
        {u"State/Province"_s, u"region"_s},
        {u"Zip/Postal Code"_s, u"postal_code"_s},
        {u"Country"_s, u"country"_s},
        {u"Lead Source"_s, u"source"_s},
        {u"Lead Status"_s, u"stage"_s},
        {u"Rating"_s, QString()},
        {u"Lead Owner"_s, QString()},
        {u"Email Opt Out"_s, QString()},
        {u"Description"_s, u"notes"_s},
        {u"Created Date"_s, u"created_at"_s},
        {u"Created By"_s, QString()},
        {u"Last Modified Date"_s, QString()},
    };
    return rows;
}

const QList<std::pair<QString, QString>> &zoho()
{
    static const QList<std::pair<QString, QString>> rows {
        {u"Record Id"_s, QString()},
        {u"Lead Owner"_s, QString()},
        {u"Company"_s, u"company"_s},
        {u"First Name"_s, u"first_name"_s},
        {u"Last Name"_s, u"last_name"_s},
        {u"Title"_s, u"title"_s},
        {u"Email"_s, u"email"_s},
        {u"Phone"_s, u"phone"_s},
        {u"Fax"_s, QString()},
        {u"Mobile"_s, QString()},
        {u"Website"_s, u"website"_s},
        {u"Lead Source"_s, u"source"_s},
        {u"Lead Status"_s, u"stage"_s},
        {u"Industry"_s, u"industry"_s},
        {u"No of Employees"_s, u"employees"_s},
        {u"Annual Revenue"_s, u"annual_revenue"_s},
        {u"Rating"_s, QString()},
        {u"Email Opt Out"_s, QString()},
        {u"Skype ID"_s, QString()},
        {u"Secondary Email"_s, QString()},
        {u"Twitter"_s, QString()},
        {u"Street"_s, u"street"_s},
        {u"City"_s, u"city"_s},
        {u"State"_s, u"region"_s},
        {u"Zip Code"_s, u"postal_code"_s},
        {u"Country"_s, u"country"_s},
        {u"Description"_s, u"notes"_s},
        {u"Created Time"_s, u"created_at"_s},
        {u"Modified Time"_s, QString()},
        {u"Created By"_s, QString()},
        {u"Modified By"_s, QString()},
    };
    return rows;
}

const QList<std::pair<QString, QString>> &pipedrive()
{
    static const QList<std::pair<QString, QString>> rows {
        {u"Lead - Title"_s, QString()},
        {u"Lead - Value"_s, u"value"_s},
        {u"Lead - Source"_s, u"source"_s},
        {u"Lead - Labels"_s, QString()},
        {u"Lead - Lead created"_s, u"created_at"_s},
        {u"Person - Name"_s, u"name"_s},
        {u"Person - Email - Work"_s, u"email"_s},
        {u"Person - Email - Home"_s, QString()},
        {u"Person - Phone - Work"_s, u"phone"_s},
        {u"Person - Phone - Mobile"_s, QString()},
        {u"Person - Job title"_s, u"title"_s},
        {u"Person - Owner"_s, QString()},
        {u"Person - Person created"_s, QString()}, // the lead's creation came first
        {u"Organization - Name"_s, u"company"_s},
        {u"Organization - Address"_s, u"street"_s},
        {u"Organization - Address - Street/road name"_s, QString()},
        {u"Organization - Address - City/town/village/locality"_s, u"city"_s},
        {u"Organization - Address - State/county"_s, u"region"_s},
        {u"Organization - Address - ZIP/Postal code"_s, u"postal_code"_s},
        {u"Organization - Address - Country"_s, u"country"_s},
        {u"Organization - Address - Full/combined address"_s, QString()},
        {u"Organization - Website"_s, u"website"_s},
        {u"Organization - Industry"_s, u"industry"_s},
        {u"Organization - Number of employees"_s, u"employees"_s},
        {u"Organization - Annual revenue"_s, u"annual_revenue"_s},
    };
    return rows;
}

const QList<std::pair<QString, QString>> &googleContacts()
{
    static const QList<std::pair<QString, QString>> rows {
        {u"Name"_s, QString()}, // first and last name come separately
        {u"Given Name"_s, u"first_name"_s},
        {u"Additional Name"_s, QString()},
        {u"Family Name"_s, u"last_name"_s},
        {u"Yomi Name"_s, QString()},
        {u"Name Prefix"_s, QString()},
        {u"Name Suffix"_s, QString()},
        {u"Nickname"_s, QString()},
        {u"Birthday"_s, QString()},
        {u"Notes"_s, u"notes"_s},
        {u"Group Membership"_s, QString()},
        {u"E-mail 1 - Type"_s, QString()},
        {u"E-mail 1 - Value"_s, u"email"_s},
        {u"E-mail 2 - Type"_s, QString()},
        {u"E-mail 2 - Value"_s, QString()},
        {u"Phone 1 - Type"_s, QString()},
        {u"Phone 1 - Value"_s, u"phone"_s},
        {u"Phone 2 - Value"_s, QString()},
        {u"Address 1 - Type"_s, QString()},
        {u"Address 1 - Formatted"_s, QString()},
        {u"Address 1 - Street"_s, u"street"_s},
        {u"Address 1 - City"_s, u"city"_s},
        {u"Address 1 - PO Box"_s, QString()},
        {u"Address 1 - Region"_s, u"region"_s},
        {u"Address 1 - Postal Code"_s, u"postal_code"_s},
        {u"Address 1 - Country"_s, u"country"_s},
        {u"Address 1 - Extended Address"_s, QString()},
        {u"Organization 1 - Type"_s, QString()},
        {u"Organization 1 - Name"_s, u"company"_s},
        {u"Organization 1 - Title"_s, u"title"_s},
        {u"Organization 1 - Department"_s, QString()},
        {u"Website 1 - Type"_s, QString()},
        {u"Website 1 - Value"_s, u"website"_s},
    };
    return rows;
}

const QList<std::pair<QString, QString>> &outlook()
{
    static const QList<std::pair<QString, QString>> rows {
        {u"Title"_s, QString()}, // "Mr.", "Dr.": the job title has its own column
        {u"First Name"_s, u"first_name"_s},
        {u"Middle Name"_s, QString()},
        {u"Last Name"_s, u"last_name"_s},
        {u"Suffix"_s, QString()},
        {u"Company"_s, u"company"_s},
        {u"Department"_s, QString()},
        {u"Job Title"_s, u"title"_s},
        {u"Business Street"_s, u"street"_s},
        {u"Business Street 2"_s, QString()},
        {u"Business City"_s, u"city"_s},
        {u"Business State"_s, u"region"_s},
        {u"Business Postal Code"_s, u"postal_code"_s},
        {u"Business Country/Region"_s, u"country"_s},
        {u"Home Street"_s, QString()},
        {u"Home City"_s, QString()},
        {u"Business Fax"_s, QString()},
        {u"Business Phone"_s, u"phone"_s},
        {u"Home Phone"_s, QString()},
        {u"Mobile Phone"_s, QString()},
        {u"E-mail Address"_s, u"email"_s},
        {u"E-mail Display Name"_s, QString()},
        {u"E-mail 2 Address"_s, QString()},
        {u"Notes"_s, u"notes"_s},
        {u"Web Page"_s, u"website"_s},
    };
    return rows;
}

const QList<std::pair<QString, QString>> &german()
{
    static const QList<std::pair<QString, QString>> rows {
        {u"Vorname"_s, u"first_name"_s},
        {u"Nachname"_s, u"last_name"_s},
        {u"E-Mail"_s, u"email"_s},
        {u"Telefon"_s, u"phone"_s},
        {u"Firma"_s, u"company"_s},
        {u"Position"_s, u"title"_s},
        {u"Branche"_s, u"industry"_s},
        {u"Mitarbeiter"_s, u"employees"_s},
        {u"Jahresumsatz"_s, u"annual_revenue"_s},
        {u"Straße"_s, u"street"_s},
        {u"Ort"_s, u"city"_s},
        {u"Bundesland"_s, u"region"_s},
        {u"PLZ"_s, u"postal_code"_s},
        {u"Land"_s, u"country"_s},
        {u"Webseite"_s, u"website"_s},
        {u"Quelle"_s, u"source"_s},
        {u"Notizen"_s, u"notes"_s},
        {u"Erstellt am"_s, u"created_at"_s},
    };
    return rows;
}

const QList<std::pair<QString, QString>> &french()
{
    static const QList<std::pair<QString, QString>> rows {
        {u"Prénom"_s, u"first_name"_s},
        {u"Nom"_s, u"last_name"_s},
        {u"Courriel"_s, u"email"_s},
        {u"Téléphone"_s, u"phone"_s},
        {u"Société"_s, u"company"_s},
        {u"Fonction"_s, u"title"_s},
        {u"Secteur"_s, u"industry"_s},
        {u"Effectif"_s, u"employees"_s},
        {u"Chiffre d'affaires"_s, u"annual_revenue"_s},
        {u"Adresse"_s, u"street"_s},
        {u"Ville"_s, u"city"_s},
        {u"Région"_s, u"region"_s},
        {u"Code postal"_s, u"postal_code"_s},
        {u"Pays"_s, u"country"_s},
        {u"Site web"_s, u"website"_s},
        {u"Source"_s, u"source"_s},
        {u"Remarques"_s, u"notes"_s},
        {u"Date de création"_s, u"created_at"_s},
    };
    return rows;
}

const QList<std::pair<QString, QString>> &spanish()
{
    static const QList<std::pair<QString, QString>> rows {
        {u"Nombre"_s, u"first_name"_s},
        {u"Apellidos"_s, u"last_name"_s},
        {u"Correo electrónico"_s, u"email"_s},
        {u"Teléfono"_s, u"phone"_s},
        {u"Empresa"_s, u"company"_s},
        {u"Cargo"_s, u"title"_s},
        {u"Sector"_s, u"industry"_s},
        {u"Empleados"_s, u"employees"_s},
        {u"Ingresos anuales"_s, u"annual_revenue"_s},
        {u"Dirección"_s, u"street"_s},
        {u"Ciudad"_s, u"city"_s},
        {u"Provincia"_s, u"region"_s},
        {u"Código postal"_s, u"postal_code"_s},
        {u"País"_s, u"country"_s},
        {u"Sitio web"_s, u"website"_s},
        {u"Origen"_s, u"source"_s},
        {u"Notas"_s, u"notes"_s},
        {u"Fecha de creación"_s, u"created_at"_s},
    };
    return rows;
}

} // namespace

class TestHeaderMapping : public QObject
{
    Q_OBJECT

private slots:
    void overlappingSeparators();
    void normalizeHeader_data();
    void normalizeHeader();

    void suggestColumn_data();
    void suggestColumn();

    void exportsMapAsAWhole_data();
    void exportsMapAsAWhole();

    void sampleHeadersAllMapped();
    void duplicatesNotMappedTwice();
    void explicitBeatsFallback();
    void fullName_data();
    void fullName();
    void suggestAllMatchesColumns();
};

void TestHeaderMapping::normalizeHeader_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("key");

    QTest::newRow("case and space") << u"First Name"_s << u"firstname"_s;
    QTest::newRow("slash") << u"Country/Region"_s << u"countryregion"_s;
    QTest::newRow("accents") << u"Téléphone"_s << u"telephone"_s;
    QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("apostrophe") << u"Chiffre d'affaires"_s << u"chiffredaffaires"_s;
    QTest::newRow("dashes and digits") << u"E-mail 1 - Value"_s << u"email1value"_s;
    QTest::newRow("bom and quotes") << u"\ufeff\"Email\""_s << u"email"_s;
    QTest::newRow("underscores") << u"first_name"_s << u"firstname"_s;
}

void TestHeaderMapping::normalizeHeader()
{
    QFETCH(QString, header);
    QFETCH(QString, key);
    QCOMPARE(HeaderMapping::normalizeHeader(header), key);
}

void TestHeaderMapping::suggestColumn_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expected");

    // Each header alone (no neighbours to yield to).
    addRows("spelling",
        {
            {u"FIRST NAME"_s, u"first_name"_s},
            {u" first_name "_s, u"first_name"_s},
            {u"e-mail"_s, u"email"_s},
            {u"E-Mail-Adresse"_s, u"email"_s},
            {u"Email Address"_s, u"email"_s},
            {u"Zip"_s, u"postal_code"_s},
            {u"Post code"_s, u"postal_code"_s},
            {u"Annual Revenue (USD)"_s, u"annual_revenue"_s},
            {u"Phone (Work)"_s, u"phone"_s},
            {u"Mobile"_s, u"phone"_s},
            {u"Title"_s, u"title"_s},
            {u"Status"_s, u"stage"_s},
            {u"Lifecycle Stage"_s, u"stage"_s},
            {u"Currency"_s, u"currency"_s},
            {u"Name"_s, u"name"_s},
            {u"Full Name"_s, u"name"_s},
            {u"Contact Name"_s, u"name"_s},
            {u"Person - Name"_s, u"name"_s},
        });
    addRows("German",
        {
            {u"Unternehmen"_s, u"company"_s},
            {u"Firma/Unternehmen"_s, u"company"_s},
            {u"Stadt"_s, u"city"_s},
            {u"Ort/Stadt"_s, u"city"_s},
            {u"Strasse"_s, u"street"_s},
            {u"Telefon (geschäftlich)"_s, u"phone"_s},
            {u"Postleitzahl"_s, u"postal_code"_s},
            {u"Anzahl Mitarbeiter"_s, u"employees"_s},
            {u"Umsatz"_s, u"annual_revenue"_s},
            {u"Leadquelle"_s, u"source"_s},
            {u"Erstellungsdatum"_s, u"created_at"_s},
            {u"Erstellt von"_s, QString()},
            {u"Vollständiger Name"_s, u"name"_s},
        });
    addRows("French",
        {
            {u"E-mail"_s, u"email"_s},
            {u"Courriel/E-mail"_s, u"email"_s},
            {u"Entreprise"_s, u"company"_s},
            {u"Poste"_s, u"title"_s},
            {u"Secteur d'activité"_s, u"industry"_s},
            {u"Nombre d'employés"_s, u"employees"_s},
            {u"Site internet"_s, u"website"_s},
            {u"Portable"_s, u"phone"_s},
            {u"Statut du prospect"_s, u"stage"_s},
            {u"Nom complet"_s, u"name"_s},
            {u"PRENOM"_s, u"first_name"_s},
        });
    addRows("Spanish",
        {
            {u"Apellido(s)"_s, u"last_name"_s},
            {u"Apellido"_s, u"last_name"_s},
            {u"Correo"_s, u"email"_s},
            {u"Estado"_s, u"region"_s},
            {u"Provincia/Estado"_s, u"region"_s},
            {u"Estado del lead"_s, u"stage"_s},
            {u"Nº de empleados"_s, u"employees"_s},
            {u"Facturación"_s, u"annual_revenue"_s},
            {u"Móvil"_s, u"phone"_s},
            {u"Nombre completo"_s, u"name"_s},
            {u"Nombre de la empresa"_s, u"company"_s},
            {u"Codigo Postal"_s, u"postal_code"_s},
        });
    addRows("Portuguese and Japanese",
        {
            {u"Sobrenome"_s, u"last_name"_s},
            {u"CEP"_s, u"postal_code"_s},
            {u"メールアドレス"_s, u"email"_s},
            {u"電話番号"_s, u"phone"_s},
            {u"会社名"_s, u"company"_s},
            {u"郵便番号"_s, u"postal_code"_s},
        });
    addRows("Leadflow's own export",
        {
            {u"annual_revenue"_s, u"annual_revenue"_s},
            {u"bant_budget"_s, u"bant_budget"_s},
            {u"Lost reason"_s, u"lost_reason"_s},
            {u"id"_s, QString()},
            {u"owner"_s, QString()},
            {u"campaign_id"_s, QString()},
            {u"score"_s, QString()},
            {u"email_normalized"_s, QString()},
            {u"phone_e164"_s, QString()},
        });
    addRows("unknown",
        {
            {QString(), QString()},
            {u"---"_s, QString()},
            {u"Favourite colour"_s, QString()},
            {u"Email Opt Out"_s, QString()},
            {u"Created By"_s, QString()},
            {u"Lead Owner"_s, QString()},
            {u"Record ID"_s, QString()},
            {u"Address Line 2"_s, QString()},
            {u"Country Code"_s, QString()},
        });
}

void TestHeaderMapping::suggestColumn()
{
    QFETCH(QString, header);
    QFETCH(QString, expected);

    const HeaderMapping::Suggestion suggestion = HeaderMapping::suggestColumn(header);
    QCOMPARE(describe(suggestion), expected);
    QCOMPARE(suggestion.isMapped(), !expected.isEmpty());
    // suggest() is the field part alone: a full-name column has none.
    QCOMPARE(describe(HeaderMapping::suggest(header)), expected == u"name" ? QString() : expected);
}

void TestHeaderMapping::exportsMapAsAWhole_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("expected");

    const auto add = [](const char *name, const QList<std::pair<QString, QString>> &rows) {
        QStringList expected;
        for (const auto &row : rows)
            expected.append(row.second);
        QTest::newRow(name) << headersOf(rows) << expected;
    };
    add("HubSpot sample", hubSpotSample());
    add("Salesforce", salesforce());
    add("Zoho CRM", zoho());
    add("Pipedrive", pipedrive());
    add("Google Contacts", googleContacts());
    add("Outlook", outlook());
    add("German", german());
    add("French", french());
    add("Spanish", spanish());
}

void TestHeaderMapping::exportsMapAsAWhole()
{
    QFETCH(QStringList, headers);
    QFETCH(QStringList, expected);

    const QList<HeaderMapping::Suggestion> suggestions = HeaderMapping::suggestColumns(headers);
    QCOMPARE(suggestions.size(), headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i)
        QVERIFY2(describe(suggestions[i]) == expected[i],
            qPrintable(u"%1: got \"%2\", expected \"%3\""_s.arg(
                headers[i], describe(suggestions[i]), expected[i])));
}

void TestHeaderMapping::sampleHeadersAllMapped()
{
    const QStringList headers = headersOf(hubSpotSample());
    QCOMPARE(headers.size(), 19);
    const QList<std::optional<LeadField>> fields = HeaderMapping::suggestAll(headers);
    QCOMPARE(fields.size(), 19);
    QList<LeadField> seen;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QVERIFY2(fields[i].has_value(), qPrintable(headers[i]));
        QVERIFY2(!seen.contains(*fields[i]), qPrintable(headers[i]));
        seen.append(*fields[i]);
    }
    QCOMPARE(fields[16], LeadField::Stage); // "Lead Status"
    QCOMPARE(fields[18], LeadField::CreatedAt); // "Create Date"
}

void TestHeaderMapping::duplicatesNotMappedTwice()
{
    const QStringList headers {u"Email"_s, u"E-mail"_s, u"Phone"_s, u"email address"_s, u"Phone"_s,
        u"Company"_s, u"Firma"_s, u"Notes"_s, u"Notes"_s, u"Name"_s, u"Full Name"_s,
        u"Person - Name"_s};
    const QList<std::optional<LeadField>> fields = HeaderMapping::suggestAll(headers);
    const QList<std::optional<LeadField>> expected {
        LeadField::Email,
        std::nullopt,
        LeadField::Phone,
        std::nullopt,
        std::nullopt,
        LeadField::Company,
        std::nullopt,
        LeadField::Notes,
        std::nullopt,
        std::nullopt,
        std::nullopt,
        std::nullopt,
    };
    QCOMPARE(fields, expected);

    // One full-name column alone takes the name: the first explicit one ("Name" is generic).
    const QList<HeaderMapping::Suggestion> columns = HeaderMapping::suggestColumns(headers);
    QVERIFY(!columns[9].isMapped());
    QVERIFY(columns[10].isFullName);
    QVERIFY(!columns[11].isMapped());
}

void TestHeaderMapping::explicitBeatsFallback()
{
    // Generic headers first, explicit ones later: the explicit ones still win.
    const QStringList headers {u"Title"_s, u"Mobile"_s, u"Home City"_s, u"Status"_s, u"Job Title"_s,
        u"Work Phone"_s, u"City"_s, u"Lead Status"_s, u"Other Email"_s};
    const QList<std::optional<LeadField>> expected {
        std::nullopt,
        std::nullopt,
        std::nullopt,
        std::nullopt,
        LeadField::Title,
        LeadField::Phone,
        LeadField::City,
        LeadField::Stage,
        LeadField::Email,
    };
    QCOMPARE(HeaderMapping::suggestAll(headers), expected);

    // Fallbacks among themselves: the first wins.
    const QList<std::optional<LeadField>> fallbacks =
        HeaderMapping::suggestAll({u"Mobile"_s, u"Home Phone"_s});
    QCOMPARE(fallbacks, (QList<std::optional<LeadField>> {LeadField::Phone, std::nullopt}));
}

void TestHeaderMapping::fullName_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("Pipedrive persons") << QStringList {u"Person - Name"_s, u"Person - Email"_s,
        u"Organization - Name"_s} << QStringList {u"name"_s, u"email"_s, u"company"_s};
    QTest::newRow("name with first and last") << QStringList {u"Name"_s, u"First Name"_s,
        u"Last Name"_s} << QStringList {QString(), u"first_name"_s, u"last_name"_s};
    QTest::newRow("German Vorname + Name") << QStringList {u"Vorname"_s, u"Name"_s,
        u"Firma"_s} << QStringList {u"first_name"_s, u"last_name"_s, u"company"_s};
    QTest::newRow("full name beside a first name stays unmapped") << QStringList {
        u"First Name"_s, u"Full Name"_s} << QStringList {u"first_name"_s, QString()};
    QTest::newRow("name beside a last name stays unmapped")
        << QStringList {u"Name"_s, u"Surname"_s} << QStringList {QString(), u"last_name"_s};
    QTest::newRow("explicit full name beats Name")
        << QStringList {u"Name"_s, u"Full Name"_s} << QStringList {QString(), u"name"_s};
    QTest::newRow("Spanish") << QStringList {u"Nombre completo"_s, u"Empresa"_s}
                             << QStringList {u"name"_s, u"company"_s};
}

void TestHeaderMapping::fullName()
{
    QFETCH(QStringList, headers);
    QFETCH(QStringList, expected);

    QStringList got;
    for (const HeaderMapping::Suggestion &s : HeaderMapping::suggestColumns(headers))
        got.append(describe(s));
    QCOMPARE(got, expected);
}

void TestHeaderMapping::suggestAllMatchesColumns()
{
    const QStringList headers = headersOf(googleContacts()) + headersOf(pipedrive());
    const QList<HeaderMapping::Suggestion> columns = HeaderMapping::suggestColumns(headers);
    const QList<std::optional<LeadField>> fields = HeaderMapping::suggestAll(headers);
    QCOMPARE(fields.size(), columns.size());
    for (qsizetype i = 0; i < fields.size(); ++i)
        QCOMPARE(fields[i], columns[i].field);
}

void TestHeaderMapping::overlappingSeparators()
{
    // Two " - " sharing a space read a slice of negative length (tests/fuzz/fuzz_headermapping).
    for (const QString &header : {QStringLiteral("Email - - Value"), QStringLiteral(" - - - "),
             QStringLiteral("Person - - - Email - Work")}) {
        const auto suggestion = HeaderMapping::suggestColumn(header);
        QVERIFY(!suggestion.isFullName || !suggestion.field);
    }
}

QTEST_APPLESS_MAIN(TestHeaderMapping)

#include "tst_headermapping.moc"
