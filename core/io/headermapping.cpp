#include "io/headermapping.h"

#include "domain/normalizer.h"

#include <QHash>

#include <array>

namespace lf {

namespace {

/// What a header means, before other columns are considered.
struct Match
{
    enum class Kind {
        None, ///< unknown header
        Field, ///< fills field
        FullName, ///< a whole name, to split
        Ignore, ///< known, and deliberately not mapped ("Created By", "E-mail 1 - Type")
    };
    Kind kind = Kind::None;
    LeadField field = LeadField::Id;
    bool fallback = false; ///< a generic header that yields to an explicit one

    bool isKnown() const { return kind != Kind::None; }
};

enum Strength : bool { Explicit = false, Fallback = true };

struct Alias
{
    const char16_t *header;
    Match::Kind kind;
    LeadField field;
    Strength strength;
};

constexpr Alias field(const char16_t *header, LeadField f, Strength s = Explicit)
{
    return {header, Match::Kind::Field, f, s};
}

constexpr Alias fullName(const char16_t *header, Strength s = Explicit)
{
    return {header, Match::Kind::FullName, LeadField::Id, s};
}

constexpr Alias ignore(const char16_t *header)
{
    return {header, Match::Kind::Ignore, LeadField::Id, Explicit};
}

using F = LeadField;

// Headers as the CRMs and people write them; they are normalized (normalizeHeader) when the lookup
// table is built, so spelling variants that differ only in case, accents, spaces or punctuation
// need no entry of their own.
constexpr Alias kAliases[] = {
    // --- Names ----------------------------------------------------------------------------------
    field(u"First Name", F::FirstName),
    field(u"Given Name", F::FirstName),
    field(u"Forename", F::FirstName),
    field(u"First", F::FirstName, Fallback),
    field(u"Vorname", F::FirstName),
    field(u"Prénom", F::FirstName),
    field(u"Nombre", F::FirstName),
    field(u"Nombre de pila", F::FirstName),
    field(u"Nome", F::FirstName),
    field(u"Primeiro nome", F::FirstName),
    field(u"名", F::FirstName),

    field(u"Last Name", F::LastName),
    field(u"Surname", F::LastName),
    field(u"Family Name", F::LastName),
    field(u"Last", F::LastName, Fallback),
    field(u"Nachname", F::LastName),
    field(u"Familienname", F::LastName),
    field(u"Nom", F::LastName),
    field(u"Nom de famille", F::LastName),
    field(u"Apellido", F::LastName),
    field(u"Apellidos", F::LastName),
    field(u"Primer apellido", F::LastName),
    field(u"Sobrenome", F::LastName),
    field(u"Último nome", F::LastName),
    field(u"姓", F::LastName),

    fullName(u"Name", Fallback),
    fullName(u"Full Name"),
    fullName(u"Contact Name"),
    fullName(u"Contact"),
    fullName(u"Contact Person"),
    fullName(u"Lead Name"),
    fullName(u"Person Name"),
    fullName(u"Display Name", Fallback),
    fullName(u"Vollständiger Name"),
    fullName(u"Kontakt"),
    fullName(u"Ansprechpartner"),
    fullName(u"Kontaktperson"),
    fullName(u"Nom complet"),
    fullName(u"Nombre completo"),
    fullName(u"Contacto"),
    fullName(u"Nome completo"),
    fullName(u"氏名"),
    fullName(u"名前"),

    ignore(u"Middle Name"),
    ignore(u"Additional Name"),
    ignore(u"Suffix"),
    ignore(u"Prefix"),
    ignore(u"Name Prefix"),
    ignore(u"Name Suffix"),
    ignore(u"Salutation"),
    ignore(u"Anrede"),
    ignore(u"Civilité"),
    ignore(u"Tratamiento"),
    ignore(u"Nickname"),
    ignore(u"Initials"),
    ignore(u"E-mail Display Name"),
    ignore(u"Yomi Name"),
    ignore(u"Given Name Yomi"),
    ignore(u"Family Name Yomi"),
    ignore(u"Phonetic First Name"),
    ignore(u"Phonetic Last Name"),

    // --- Email ----------------------------------------------------------------------------------
    field(u"Email", F::Email),
    field(u"Email Address", F::Email),
    field(u"Mail", F::Email, Fallback),
    field(u"Work Email", F::Email),
    field(u"Business Email", F::Email),
    field(u"Primary Email", F::Email),
    field(u"E-mail 1 - Value", F::Email),
    field(u"E-Mail-Adresse", F::Email),
    field(u"Courriel", F::Email),
    field(u"Adresse e-mail", F::Email),
    field(u"Adresse électronique", F::Email),
    field(u"Adresse mail", F::Email),
    field(u"Correo", F::Email),
    field(u"Correo electrónico", F::Email),
    field(u"Dirección de correo electrónico", F::Email),
    field(u"Endereço de e-mail", F::Email),
    field(u"メールアドレス", F::Email),
    field(u"メール", F::Email),
    field(u"Secondary Email", F::Email, Fallback),
    field(u"Personal Email", F::Email, Fallback),
    field(u"Other Email", F::Email, Fallback),
    field(u"E-mail 2 Address", F::Email, Fallback),
    field(u"E-mail 3 Address", F::Email, Fallback),
    ignore(u"Email Opt Out"),
    ignore(u"Unsubscribed"),
    ignore(u"Email Type"),
    ignore(u"Email Domain"),
    ignore(u"Marketing emails opened"),
    ignore(u"Email Bounced"),

    // --- Phone ----------------------------------------------------------------------------------
    field(u"Phone", F::Phone),
    field(u"Phone Number", F::Phone),
    field(u"Telephone", F::Phone),
    field(u"Telephone Number", F::Phone),
    field(u"Tel", F::Phone),
    field(u"Business Phone", F::Phone),
    field(u"Work Phone", F::Phone),
    field(u"Office Phone", F::Phone),
    field(u"Direct Phone", F::Phone),
    field(u"Company Main Phone", F::Phone, Fallback),
    field(u"Primary Phone", F::Phone),
    field(u"Phone 1 - Value", F::Phone),
    field(u"Telefon", F::Phone),
    field(u"Telefonnummer", F::Phone),
    field(u"Numéro de téléphone", F::Phone),
    field(u"Teléfono", F::Phone),
    field(u"Número de teléfono", F::Phone),
    field(u"Telefone", F::Phone),
    field(u"電話番号", F::Phone),
    field(u"電話", F::Phone),
    field(u"Mobile", F::Phone, Fallback),
    field(u"Mobile Phone", F::Phone, Fallback),
    field(u"Mobile Phone Number", F::Phone, Fallback),
    field(u"Cell", F::Phone, Fallback),
    field(u"Cell Phone", F::Phone, Fallback),
    field(u"Home Phone", F::Phone, Fallback),
    field(u"Other Phone", F::Phone, Fallback),
    field(u"Business Phone 2", F::Phone, Fallback),
    field(u"Mobil", F::Phone, Fallback),
    field(u"Mobiltelefon", F::Phone, Fallback),
    field(u"Handy", F::Phone, Fallback),
    field(u"Mobilnummer", F::Phone, Fallback),
    field(u"Portable", F::Phone, Fallback),
    field(u"Téléphone portable", F::Phone, Fallback),
    field(u"Móvil", F::Phone, Fallback),
    field(u"Celular", F::Phone, Fallback),
    field(u"携帯電話", F::Phone, Fallback),
    ignore(u"Fax"),
    ignore(u"Business Fax"),
    ignore(u"Home Fax"),
    ignore(u"Telefax"),
    ignore(u"Phone 1 - Type"),
    ignore(u"Phone Type"),
    ignore(u"Skype ID"),
    ignore(u"Pager"),

    // --- Company, title, firmographics ----------------------------------------------------------
    field(u"Company", F::Company),
    field(u"Company Name", F::Company),
    field(u"Organization", F::Company),
    field(u"Organisation", F::Company),
    field(u"Organization Name", F::Company),
    field(u"Organization 1 - Name", F::Company),
    field(u"Account", F::Company, Fallback),
    field(u"Account Name", F::Company),
    field(u"Employer", F::Company),
    field(u"Business Name", F::Company),
    field(u"Firma", F::Company),
    field(u"Firmenname", F::Company),
    field(u"Unternehmen", F::Company),
    field(u"Unternehmensname", F::Company),
    field(u"Société", F::Company),
    field(u"Entreprise", F::Company),
    field(u"Nom de l'entreprise", F::Company),
    field(u"Raison sociale", F::Company),
    field(u"Empresa", F::Company),
    field(u"Nombre de la empresa", F::Company),
    field(u"Compañía", F::Company),
    field(u"Organización", F::Company),
    field(u"Nome da empresa", F::Company),
    field(u"会社名", F::Company),
    field(u"会社", F::Company),
    field(u"企業名", F::Company),
    ignore(u"Department"),
    ignore(u"Abteilung"),
    ignore(u"Service"),
    ignore(u"Departamento"),
    ignore(u"Organization 1 - Department"),
    ignore(u"Company ID"),
    ignore(u"Account ID"),

    field(u"Job Title", F::Title),
    field(u"Title", F::Title, Fallback),
    field(u"Position", F::Title),
    field(u"Role", F::Title, Fallback),
    field(u"Job Role", F::Title),
    field(u"Job Function", F::Title, Fallback),
    field(u"Designation", F::Title),
    field(u"Organization Title", F::Title),
    field(u"Organization 1 - Title", F::Title),
    field(u"Jobtitel", F::Title),
    field(u"Berufsbezeichnung", F::Title),
    field(u"Funktion", F::Title),
    field(u"Stellung", F::Title),
    field(u"Titel", F::Title, Fallback),
    field(u"Fonction", F::Title),
    field(u"Poste", F::Title),
    field(u"Intitulé du poste", F::Title),
    field(u"Titre", F::Title, Fallback),
    field(u"Cargo", F::Title),
    field(u"Puesto", F::Title),
    field(u"Título", F::Title, Fallback),
    field(u"役職", F::Title),
    field(u"肩書き", F::Title),

    field(u"Industry", F::Industry),
    field(u"Sector", F::Industry),
    field(u"Branche", F::Industry),
    field(u"Industrie", F::Industry),
    field(u"Secteur", F::Industry),
    field(u"Secteur d'activité", F::Industry),
    field(u"Industria", F::Industry),
    field(u"Rubro", F::Industry),
    field(u"Setor", F::Industry),
    field(u"業種", F::Industry),

    field(u"Number of Employees", F::Employees),
    field(u"No. of Employees", F::Employees),
    field(u"Employees", F::Employees),
    field(u"Employee Count", F::Employees),
    field(u"Company Size", F::Employees),
    field(u"Headcount", F::Employees),
    field(u"Size", F::Employees, Fallback),
    field(u"Mitarbeiter", F::Employees),
    field(u"Anzahl Mitarbeiter", F::Employees),
    field(u"Mitarbeiterzahl", F::Employees),
    field(u"Mitarbeiteranzahl", F::Employees),
    field(u"Beschäftigte", F::Employees),
    field(u"Unternehmensgröße", F::Employees),
    field(u"Effectif", F::Employees),
    field(u"Effectifs", F::Employees),
    field(u"Nombre d'employés", F::Employees),
    field(u"Nombre de salariés", F::Employees),
    field(u"Taille de l'entreprise", F::Employees),
    field(u"Empleados", F::Employees),
    field(u"Número de empleados", F::Employees),
    field(u"Nº de empleados", F::Employees),
    field(u"Tamaño de la empresa", F::Employees),
    field(u"Funcionários", F::Employees),
    field(u"Número de funcionários", F::Employees),
    field(u"従業員数", F::Employees),

    field(u"Annual Revenue", F::AnnualRevenue),
    field(u"Revenue", F::AnnualRevenue),
    field(u"Annual Sales", F::AnnualRevenue),
    field(u"Jahresumsatz", F::AnnualRevenue),
    field(u"Umsatz", F::AnnualRevenue),
    field(u"Chiffre d'affaires", F::AnnualRevenue),
    field(u"Chiffre d'affaires annuel", F::AnnualRevenue),
    field(u"Ingresos anuales", F::AnnualRevenue),
    field(u"Ingresos", F::AnnualRevenue),
    field(u"Facturación", F::AnnualRevenue),
    field(u"Facturación anual", F::AnnualRevenue),
    field(u"Receita anual", F::AnnualRevenue),
    field(u"Faturamento", F::AnnualRevenue),
    field(u"売上高", F::AnnualRevenue),
    field(u"年商", F::AnnualRevenue),

    field(u"Currency", F::Currency),
    field(u"Currency Code", F::Currency),
    field(u"Annual Revenue Currency", F::Currency),
    field(u"Währung", F::Currency),
    field(u"Devise", F::Currency),
    field(u"Monnaie", F::Currency),
    field(u"Moneda", F::Currency),
    field(u"Divisa", F::Currency),
    field(u"Moeda", F::Currency),

    field(u"Website", F::Website),
    field(u"Website URL", F::Website),
    field(u"Web Page", F::Website),
    field(u"URL", F::Website, Fallback),
    field(u"Homepage", F::Website),
    field(u"Company Website", F::Website),
    field(u"Domain", F::Website, Fallback),
    field(u"Company Domain Name", F::Website),
    field(u"Website 1 - Value", F::Website),
    field(u"Webseite", F::Website),
    field(u"Internetseite", F::Website),
    field(u"Internetadresse", F::Website),
    field(u"Site web", F::Website),
    field(u"Site internet", F::Website),
    field(u"Sitio web", F::Website),
    field(u"Página web", F::Website),
    field(u"Site", F::Website, Fallback),
    field(u"ウェブサイト", F::Website),
    field(u"ホームページ", F::Website),
    ignore(u"Personal Web Page"),
    ignore(u"Twitter"),
    ignore(u"LinkedIn"),
    ignore(u"LinkedIn URL"),
    ignore(u"Facebook"),

    // --- Address --------------------------------------------------------------------------------
    field(u"Street", F::Street),
    field(u"Street Address", F::Street),
    field(u"Address", F::Street, Fallback),
    field(u"Address Line 1", F::Street),
    field(u"Address 1", F::Street),
    field(u"Address 1 - Street", F::Street),
    field(u"Business Street", F::Street),
    field(u"Mailing Street", F::Street),
    field(u"Home Street", F::Street, Fallback),
    field(u"Other Street", F::Street, Fallback),
    field(u"Straße", F::Street),
    field(u"Straße und Hausnummer", F::Street),
    field(u"Anschrift", F::Street),
    field(u"Adresse", F::Street),
    field(u"Rue", F::Street),
    field(u"Adresse postale", F::Street),
    field(u"Dirección", F::Street),
    field(u"Calle", F::Street),
    field(u"Domicilio", F::Street),
    field(u"Endereço", F::Street),
    field(u"Logradouro", F::Street),
    field(u"住所", F::Street),
    ignore(u"Address Line 2"),
    ignore(u"Address 2"),
    ignore(u"Street 2"),
    ignore(u"Business Street 2"),
    ignore(u"Business Street 3"),
    ignore(u"Adresszusatz"),
    ignore(u"Complément d'adresse"),
    ignore(u"Complemento"),
    ignore(u"Address 1 - Formatted"),
    ignore(u"Address 1 - Type"),
    ignore(u"Address 1 - PO Box"),
    ignore(u"Address 1 - Extended Address"),
    ignore(u"Business PO Box"),

    field(u"City", F::City),
    field(u"Town", F::City),
    field(u"Address 1 - City", F::City),
    field(u"Business City", F::City),
    field(u"Mailing City", F::City),
    field(u"Home City", F::City, Fallback),
    field(u"Other City", F::City, Fallback),
    field(u"Ort", F::City),
    field(u"Stadt", F::City),
    field(u"Wohnort", F::City),
    field(u"Ville", F::City),
    field(u"Localité", F::City),
    field(u"Ciudad", F::City),
    field(u"Localidad", F::City),
    field(u"Población", F::City),
    field(u"Municipio", F::City),
    field(u"Cidade", F::City),
    field(u"市区町村", F::City),

    field(u"State/Region", F::Region),
    field(u"State", F::Region),
    field(u"State/Province", F::Region),
    field(u"Province", F::Region),
    field(u"Region", F::Region),
    field(u"County", F::Region, Fallback),
    field(u"Address 1 - Region", F::Region),
    field(u"Business State", F::Region),
    field(u"Mailing State", F::Region),
    field(u"Mailing State/Province", F::Region),
    field(u"Home State", F::Region, Fallback),
    field(u"Other State", F::Region, Fallback),
    field(u"Bundesland", F::Region),
    field(u"Kanton", F::Region),
    field(u"Département", F::Region, Fallback),
    field(u"Provincia", F::Region),
    field(u"Estado", F::Region, Fallback),
    field(u"Provincia/Estado", F::Region),
    field(u"Estado/Región", F::Region),
    field(u"Comunidad autónoma", F::Region),
    field(u"UF", F::Region, Fallback),
    field(u"都道府県", F::Region),

    field(u"Postal Code", F::PostalCode),
    field(u"Zip", F::PostalCode),
    field(u"Zip Code", F::PostalCode),
    field(u"Zip/Postal Code", F::PostalCode),
    field(u"Postcode", F::PostalCode),
    field(u"Address 1 - Postal Code", F::PostalCode),
    field(u"Business Postal Code", F::PostalCode),
    field(u"Mailing Zip/Postal Code", F::PostalCode),
    field(u"Mailing Postal Code", F::PostalCode),
    field(u"Home Postal Code", F::PostalCode, Fallback),
    field(u"Other Postal Code", F::PostalCode, Fallback),
    field(u"PLZ", F::PostalCode),
    field(u"Postleitzahl", F::PostalCode),
    field(u"Code postal", F::PostalCode),
    field(u"CP", F::PostalCode, Fallback),
    field(u"Código postal", F::PostalCode),
    field(u"CEP", F::PostalCode),
    field(u"郵便番号", F::PostalCode),

    field(u"Country", F::Country),
    field(u"Country/Region", F::Country),
    field(u"Country Name", F::Country),
    field(u"Address 1 - Country", F::Country),
    field(u"Business Country/Region", F::Country),
    field(u"Business Country", F::Country),
    field(u"Mailing Country", F::Country),
    field(u"Home Country/Region", F::Country, Fallback),
    field(u"Other Country/Region", F::Country, Fallback),
    field(u"Land", F::Country),
    field(u"Pays", F::Country),
    field(u"País", F::Country),
    field(u"国", F::Country),
    field(u"国名", F::Country),
    ignore(u"Country Code"),
    ignore(u"IP Country"),
    ignore(u"IP Country Code"),

    // --- Lead lifecycle -------------------------------------------------------------------------
    field(u"Lead Source", F::Source),
    field(u"Source", F::Source),
    field(u"Original Source", F::Source),
    field(u"Lead Origin", F::Source),
    field(u"Leadquelle", F::Source),
    field(u"Quelle", F::Source),
    field(u"Herkunft", F::Source),
    field(u"Origine", F::Source),
    field(u"Source du prospect", F::Source),
    field(u"Source du lead", F::Source),
    field(u"Origen", F::Source),
    field(u"Fuente", F::Source),
    field(u"Origen del lead", F::Source),
    field(u"Fuente del lead", F::Source),
    field(u"Origem", F::Source),
    field(u"Fonte", F::Source),
    field(u"リードソース", F::Source),
    ignore(u"Original Source Drill-Down 1"),
    ignore(u"Original Source Drill-Down 2"),
    ignore(u"Latest Source"),

    field(u"Lead Status", F::Stage),
    field(u"Stage", F::Stage),
    field(u"Lead Stage", F::Stage),
    field(u"Status", F::Stage, Fallback),
    field(u"Lifecycle Stage", F::Stage, Fallback),
    field(u"Phase", F::Stage, Fallback),
    field(u"Statut", F::Stage, Fallback),
    field(u"Statut du prospect", F::Stage),
    field(u"Statut du lead", F::Stage),
    field(u"Étape", F::Stage, Fallback),
    field(u"Estado del lead", F::Stage),
    field(u"Estado del prospecto", F::Stage),
    field(u"Etapa", F::Stage, Fallback),
    field(u"Status do lead", F::Stage),
    field(u"リードステータス", F::Stage),

    field(u"Notes", F::Notes),
    field(u"Note", F::Notes),
    field(u"Description", F::Notes),
    field(u"Comments", F::Notes),
    field(u"Comment", F::Notes),
    field(u"Remarks", F::Notes),
    field(u"Notizen", F::Notes),
    field(u"Notiz", F::Notes),
    field(u"Bemerkung", F::Notes),
    field(u"Bemerkungen", F::Notes),
    field(u"Anmerkungen", F::Notes),
    field(u"Kommentar", F::Notes),
    field(u"Kommentare", F::Notes),
    field(u"Beschreibung", F::Notes),
    field(u"Remarques", F::Notes),
    field(u"Remarque", F::Notes),
    field(u"Commentaire", F::Notes),
    field(u"Commentaires", F::Notes),
    field(u"Notas", F::Notes),
    field(u"Nota", F::Notes),
    field(u"Comentarios", F::Notes),
    field(u"Observaciones", F::Notes),
    field(u"Descripción", F::Notes),
    field(u"Observações", F::Notes),
    field(u"Descrição", F::Notes),
    field(u"備考", F::Notes),
    field(u"メモ", F::Notes),

    field(u"Create Date", F::CreatedAt),
    field(u"Created Date", F::CreatedAt),
    field(u"Created", F::CreatedAt, Fallback),
    field(u"Created At", F::CreatedAt),
    field(u"Created On", F::CreatedAt),
    field(u"Created Time", F::CreatedAt),
    field(u"Date Created", F::CreatedAt),
    field(u"Creation Date", F::CreatedAt),
    field(u"Date Added", F::CreatedAt),
    field(u"Lead Created", F::CreatedAt),
    field(u"Erstellt am", F::CreatedAt),
    field(u"Erstellt", F::CreatedAt, Fallback),
    field(u"Erstelldatum", F::CreatedAt),
    field(u"Erstellungsdatum", F::CreatedAt),
    field(u"Angelegt am", F::CreatedAt),
    field(u"Date de création", F::CreatedAt),
    field(u"Créé le", F::CreatedAt),
    field(u"Fecha de creación", F::CreatedAt),
    field(u"Creado el", F::CreatedAt),
    field(u"Fecha de alta", F::CreatedAt),
    field(u"Data de criação", F::CreatedAt),
    field(u"作成日", F::CreatedAt),
    field(u"作成日時", F::CreatedAt),
    ignore(u"Created By"),
    ignore(u"Modified By"),
    ignore(u"Last Modified By"),
    ignore(u"Last Modified Date"),
    ignore(u"Modified Time"),
    ignore(u"Last Activity Date"),
    ignore(u"Erstellt von"),
    ignore(u"Créé par"),
    ignore(u"Creado por"),

    field(u"Deal Value", F::Value),
    field(u"Expected Value", F::Value),
    field(u"Lead Value", F::Value),
    field(u"Opportunity Amount", F::Value),

    ignore(u"Record ID"),
    ignore(u"Contact ID"),
    ignore(u"Lead ID"),
    ignore(u"ID"),
    ignore(u"Lead Owner"),
    ignore(u"Contact Owner"),
    ignore(u"Owner"),
    ignore(u"Lead Title"),
    ignore(u"Rating"),
    ignore(u"Tag"),
    ignore(u"Tags"),
    ignore(u"Labels"),
    ignore(u"Label"),
    ignore(u"Group Membership"),
    ignore(u"Categories"),
    ignore(u"Birthday"),
    ignore(u"Lead Conversion Time"),
    ignore(u"Converted"),
};

/// Entity prefixes of "Entity - Attribute" headers (Pipedrive: "Person - Email").
enum class Entity { None, Person, Organization, Lead };

Entity entityOf(const QString &key)
{
    if (key == u"person" || key == u"contact" || key == u"people")
        return Entity::Person;
    if (key == u"organization" || key == u"organisation" || key == u"org" || key == u"company"
        || key == u"account")
        return Entity::Organization;
    if (key == u"lead" || key == u"deal")
        return Entity::Lead;
    return Entity::None;
}

/// Qualifiers before or after a header's core: "Business City", "Phone (Work)", "Email 2".
/// Explicit ones keep the match explicit, the others make it a fallback.
struct Qualifier
{
    const char16_t *key;
    bool fallback;
};

constexpr Qualifier kQualifiers[] = {
    {u"business", false},
    {u"work", false},
    {u"office", false},
    {u"company", false},
    {u"mailing", false},
    {u"primary", false},
    {u"main", false},
    {u"direct", false},
    {u"lead", false},
    {u"contact", false},
    {u"person", false},
    {u"geschaftlich", false},
    {u"dienstlich", false},
    {u"buro", false},
    {u"professionnel", false},
    {u"pro", false},
    {u"bureau", false},
    {u"travail", false},
    {u"trabajo", false},
    {u"oficina", false},
    {u"laboral", false},
    {u"empresa", false},
    {u"1", false},
    {u"home", true},
    {u"private", true},
    {u"personal", true},
    {u"other", true},
    {u"secondary", true},
    {u"alternate", true},
    {u"alternative", true},
    {u"additional", true},
    {u"billing", true},
    {u"shipping", true},
    {u"privat", true},
    {u"perso", true},
    {u"personnel", true},
    {u"domicile", true},
    {u"prive", true},
    {u"casa", true},
    {u"particular", true},
    {u"mobile", true},
    {u"cell", true},
    {u"mobil", true},
    {u"2", true},
    {u"3", true},
    {u"4", true},
    {u"5", true},
};

const QHash<QString, Match> &aliasTable()
{
    static const QHash<QString, Match> table = [] {
        QHash<QString, Match> hash;
        hash.reserve(std::size(kAliases));
        for (const Alias &alias : kAliases) {
            const QString key = HeaderMapping::normalizeHeader(alias.header);
            if (!hash.contains(key))
                hash.insert(key, Match {alias.kind, alias.field, bool(alias.strength)});
        }
        return hash;
    }();
    return table;
}

Match lookupKey(const QString &key)
{
    if (key.isEmpty())
        return {};
    return aliasTable().value(key);
}

Match asFallback(Match match, bool fallback)
{
    match.fallback = match.fallback || fallback;
    return match;
}

/// "Business City", "Telefon (geschäftlich)", "Email 2", "Home Phone": a qualifier word around a
/// known header.
Match matchQualified(const QString &key)
{
    for (const Qualifier &q : kQualifiers) {
        const QStringView qualifier(q.key);
        if (key.size() <= qualifier.size() + 2)
            continue;
        if (key.startsWith(qualifier)) {
            if (const Match m = lookupKey(key.sliced(qualifier.size()));
                m.kind == Match::Kind::Field || m.kind == Match::Kind::FullName)
                return asFallback(m, q.fallback);
        }
        if (key.endsWith(qualifier)) {
            if (const Match m = lookupKey(key.first(key.size() - qualifier.size()));
                m.kind == Match::Kind::Field || m.kind == Match::Kind::FullName)
                return asFallback(m, q.fallback);
        }
    }
    return {};
}

/// The first '/'-alternative that is known: "Ort/Stadt", "City/town/village/locality".
Match matchAlternatives(QStringView text)
{
    if (!text.contains(u'/'))
        return {};
    for (QStringView part : text.tokenize(u'/')) {
        if (const Match m = lookupKey(HeaderMapping::normalizeHeader(part)); m.isKnown())
            return m;
    }
    return {};
}

Match matchSimple(QStringView text)
{
    const QString key = HeaderMapping::normalizeHeader(text);
    if (const Match m = lookupKey(key); m.isKnown())
        return m;
    if (const Match m = matchAlternatives(text); m.isKnown())
        return m;
    return matchQualified(key);
}

/// Headers made of parts joined by " - ": Pipedrive's "Person - Email - Work",
/// "Organization - Address - City/town/village/locality", Google's "E-mail 2 - Value".
Match matchParts(QStringView header)
{
    QList<QStringView> parts;
    qsizetype from = 0;
    for (qsizetype i = 0; i + 2 < header.size(); ++i) {
        const QChar dash = header[i + 1];
        // i >= from: two separators sharing a space ("Email - - Value") make an empty part, not a
        // slice of negative length (found by tests/fuzz/fuzz_headermapping.cpp).
        if (i >= from && header[i] == u' ' && (dash == u'-' || dash == u'\u2013')
            && header[i + 2] == u' ') {
            parts.append(header.sliced(from, i - from).trimmed());
            from = i + 3;
        }
    }
    if (parts.isEmpty())
        return {};
    parts.append(header.sliced(from).trimmed());

    // Google: "Phone 2 - Value" is a further "Phone 1 - Value".
    const QString first = HeaderMapping::normalizeHeader(parts.front());
    if (!first.isEmpty() && first.back().isDigit() && first.back() != u'1') {
        QString key = first;
        while (!key.isEmpty() && key.back().isDigit())
            key.chop(1);
        key += u'1';
        for (qsizetype i = 1; i < parts.size(); ++i)
            key += HeaderMapping::normalizeHeader(parts[i]);
        if (const Match m = lookupKey(key); m.isKnown())
            return asFallback(m, true);
    }

    const Entity entity = entityOf(first);
    if (entity != Entity::None)
        parts.removeFirst();
    if (parts.isEmpty())
        return {};

    // "E-mail 1 - Type", "Person - Phone - Label": what kind of value the neighbour column holds.
    const QString last = HeaderMapping::normalizeHeader(parts.back());
    if (parts.size() >= 2 && (last == u"type" || last == u"label" || last == u"yomi"))
        return {Match::Kind::Ignore, LeadField::Id, false};

    QString rest;
    for (QStringView part : parts)
        rest += HeaderMapping::normalizeHeader(part);
    if (rest == u"name" || rest == u"fullname") {
        if (entity == Entity::Organization)
            return {Match::Kind::Field, LeadField::Company, false};
        if (entity == Entity::Lead)
            return {Match::Kind::Ignore, LeadField::Id, false};
        return {Match::Kind::FullName, LeadField::Id, false};
    }
    // A lead's or deal's title names the deal, not the person's job; its value is the deal value.
    if (entity == Entity::Lead && rest == u"title")
        return {Match::Kind::Ignore, LeadField::Id, false};
    if (entity == Entity::Lead && rest == u"value")
        return {Match::Kind::Field, LeadField::Value, false};
    // Pipedrive names the creation time after the entity: "Person - Person created".
    if (rest.endsWith(u"created") && rest.size() <= 20)
        return {Match::Kind::Field, LeadField::CreatedAt, entity != Entity::Lead};

    if (const Match m = lookupKey(rest); m.isKnown())
        return m;
    const QString head = HeaderMapping::normalizeHeader(parts.front());
    // "Address - City/town/village/locality": the address part the last segment names, if any.
    // The street name alone lacks the house number: it yields to a whole-address column.
    if (parts.size() >= 2 && (head == u"address" || head == u"adresse" || head == u"direccion")) {
        const Match m = matchSimple(parts.back());
        if (m.kind != Match::Kind::Field)
            return {Match::Kind::Ignore, LeadField::Id, false};
        return asFallback(m, m.field == LeadField::Street);
    }
    if (parts.size() == 1)
        return matchSimple(parts.front());
    // "Email - Work", "Phone - Mobile": the core with a qualifier part.
    QString core;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i)
        core += HeaderMapping::normalizeHeader(parts[i]);
    const Match m = lookupKey(core);
    if (m.kind != Match::Kind::Field)
        return m.isKnown() ? Match {Match::Kind::Ignore, LeadField::Id, false} : Match {};
    const QString &qualifier = last;
    for (const Qualifier &q : kQualifiers) {
        if (qualifier == QStringView(q.key))
            return asFallback(m, q.fallback);
    }
    // Known core with an unknown qualifier ("Phone - Mobile", "Email - Type"): only a value or a
    // mobile number still fills the field.
    if (qualifier == u"value" || qualifier == u"mobile" || qualifier == u"cell")
        return asFallback(m, qualifier != u"value");
    return {Match::Kind::Ignore, LeadField::Id, false};
}

/// Leadflow's own field keys and labels (a file exported by Leadflow), for fields a person sets and
/// that hold values rather than references.
Match matchLeadflowField(QStringView header)
{
    const std::optional<LeadField> f = fieldFromName(header);
    if (!f)
        return {};
    const FieldInfo &info = fieldInfo(*f);
    if (!info.editable || info.type == FieldType::Reference)
        return {};
    return {Match::Kind::Field, *f, false};
}

Match matchHeader(QStringView header)
{
    header = header.trimmed();
    const QString key = HeaderMapping::normalizeHeader(header);
    if (key.isEmpty())
        return {};
    if (const Match m = lookupKey(key); m.isKnown())
        return m;
    if (const Match m = matchParts(header); m.isKnown())
        return m;
    if (const Match m = matchAlternatives(header); m.isKnown())
        return m;
    if (const Match m = matchQualified(key); m.isKnown())
        return m;
    // "Annual Revenue (USD)", "Employees (band)": the header without its remark.
    if (const qsizetype open = header.indexOf(u'('); open > 0) {
        if (const Match m = matchSimple(header.first(open)); m.isKnown())
            return m;
    }
    return matchLeadflowField(header);
}

HeaderMapping::Suggestion toSuggestion(const Match &match)
{
    switch (match.kind) {
    case Match::Kind::Field:
        return {match.field, false};
    case Match::Kind::FullName:
        return {std::nullopt, true};
    case Match::Kind::None:
    case Match::Kind::Ignore:
        break;
    }
    return {};
}

} // namespace

std::optional<LeadField> HeaderMapping::suggest(QStringView header)
{
    return suggestColumn(header).field;
}

HeaderMapping::Suggestion HeaderMapping::suggestColumn(QStringView header)
{
    return toSuggestion(matchHeader(header));
}

QList<HeaderMapping::Suggestion> HeaderMapping::suggestColumns(const QStringList &headers)
{
    QList<Match> matches;
    matches.reserve(headers.size());
    for (const QString &header : headers)
        matches.append(matchHeader(header));

    QList<Suggestion> result(headers.size());
    std::array<bool, LeadFieldCount> taken {};
    for (const bool fallback : {false, true}) {
        for (qsizetype i = 0; i < matches.size(); ++i) {
            const Match &m = matches[i];
            if (m.kind != Match::Kind::Field || m.fallback != fallback)
                continue;
            if (!taken[size_t(m.field)]) {
                taken[size_t(m.field)] = true;
                result[i].field = m.field;
            }
        }
    }

    const bool hasFirst = taken[size_t(LeadField::FirstName)];
    const bool hasLast = taken[size_t(LeadField::LastName)];
    if (hasFirst && hasLast)
        return result;
    for (const bool fallback : {false, true}) {
        for (qsizetype i = 0; i < matches.size(); ++i) {
            const Match &m = matches[i];
            if (m.kind != Match::Kind::FullName || m.fallback != fallback)
                continue;
            if (!hasFirst && !hasLast) {
                result[i].isFullName = true;
                return result;
            }
            // "Vorname" + "Name": the bare "Name" is the last name.
            if (hasFirst && normalizeHeader(headers[i]) == u"name") {
                result[i].field = LeadField::LastName;
                return result;
            }
        }
    }
    return result;
}

QList<std::optional<LeadField>> HeaderMapping::suggestAll(const QStringList &headers)
{
    QList<std::optional<LeadField>> fields;
    const QList<Suggestion> suggestions = suggestColumns(headers);
    fields.reserve(suggestions.size());
    for (const Suggestion &s : suggestions)
        fields.append(s.field);
    return fields;
}

QString HeaderMapping::normalizeHeader(QStringView header)
{
    return Normalizer::foldKey(header);
}

} // namespace lf
