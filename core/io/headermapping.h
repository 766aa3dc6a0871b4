#pragma once

#include "domain/leadfield.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace lf {

/// Suggests which lead field each column of an imported CSV fills, from its header as HubSpot,
/// Salesforce, Zoho CRM, Pipedrive, Google Contacts and Outlook export it, and from German, French,
/// Spanish (and common Portuguese and Japanese) headers. Headers match ignoring case, accents,
/// spaces and punctuation ("E-Mail-Adresse" = "email adresse"). Stateless and thread-safe.
///
/// Some headers are explicit about their field ("Job Title", "Business Phone", "E-mail 1 - Value");
/// others are generic fallbacks ("Title", which Outlook uses for "Mr."/"Ms.", "Mobile", "Home
/// Phone", "E-mail 2 - Value", "Status"). When a file has both, the explicit column takes the
/// field.
///
/// Only fields a person sets are suggested: ids, owners, campaigns (references by id), scores and
/// other derived fields are never suggested; their columns are left for custom fields.
class HeaderMapping
{
public:
    /// What one column holds.
    struct Suggestion
    {
        /// The field the column fills; unset when none, and for a full-name column.
        std::optional<LeadField> field;
        /// The column holds a whole name ("Name", "Full Name", "Person - Name", "Nombre completo")
        /// that the importer splits into FirstName and LastName. field is unset then.
        bool isFullName = false;

        bool isMapped() const { return field.has_value() || isFullName; }
        bool operator==(const Suggestion &) const = default;
    };

    /// The field a column with this header fills, if any. A full-name column gives nullopt: use
    /// suggestColumn() to tell it apart from an unknown one.
    static std::optional<LeadField> suggest(QStringView header);

    /// The suggestion for one header, on its own (no other columns considered).
    static Suggestion suggestColumn(QStringView header);

    /// One suggestion per header, never the same field twice: an explicit header beats a generic
    /// fallback; among equals the first column wins and later ones are left unmapped. A full-name
    /// column is suggested only when no other column gives the first or the last name (then it
    /// claims both); next to a first-name column only, a bare "Name" column is taken as the last
    /// name (German "Vorname" + "Name").
    static QList<Suggestion> suggestColumns(const QStringList &headers);

    /// suggestColumns() as fields only: a full-name column gives nullopt here (a column that is a
    /// bare "Name" beside a first-name column still gives LastName).
    static QList<std::optional<LeadField>> suggestAll(const QStringList &headers);

    /// The key headers are matched by: letters and digits only, lower-case, accents removed
    /// ("Country/Region" → "countryregion", "Straße" → "strasse", "Téléphone" → "telephone").
    static QString normalizeHeader(QStringView header);
};

} // namespace lf
