#pragma once

// Deterministic test leads for the ui tests, written through LeadService like any user would.

#include "domain/lead.h"
#include "leads/leadservice.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace lf::test {

/// The fields one generated lead was created with (null where left empty).
struct LeadInput
{
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> email;
    std::optional<QString> phone;
    std::optional<QString> company;
    std::optional<QString> source;
    std::optional<QString> country; ///< ISO code, as stored
    Stage stage = Stage::New;
    qint64 createdAt = 0; ///< ms since the epoch, UTC

    /// The text search looks in, as LeadService builds it (names, company, normalized email).
    QString searchText() const
    {
        return QStringList {firstName.value_or(QString()), lastName.value_or(QString()),
            company.value_or(QString()), email.value_or(QString()).toLower()}
            .join(u' ')
            .toCaseFolded();
    }
};

/// count leads with names in several scripts and cases, some fields left empty, every stage,
/// creation times spread over two years. The same index always gives the same lead.
inline QList<LeadInput> makeLeadInputs(int count)
{
    const QStringList firstNames {QStringLiteral("Ada"), QStringLiteral("alan"),
        QStringLiteral("Émile"), QStringLiteral("Zoë"), QStringLiteral("grace"),
        QStringLiteral("Ölaf"), QStringLiteral("Björn"), QStringLiteral("Chen"),
        QStringLiteral("Øystein"), QStringLiteral("Zara"), QStringLiteral("anna"),
        QStringLiteral("Anna"), QStringLiteral("Łukasz"), QStringLiteral("Yusuf"),
        QStringLiteral("María"), QStringLiteral("bob"), QStringLiteral("Ärne"),
        QStringLiteral("Ian"), QStringLiteral("Ingrid"), QStringLiteral("Søren"),
        QStringLiteral("Theo")};
    const QStringList lastNames {QStringLiteral("Lovelace"), QStringLiteral("turing"),
        QStringLiteral("Zola"), QStringLiteral("Okafor"), QStringLiteral("Hopper"),
        QStringLiteral("Åberg"), QStringLiteral("Borg"), QStringLiteral("Wei"),
        QStringLiteral("Nilsen"), QStringLiteral("de Souza"), QStringLiteral("van Dyk"),
        QStringLiteral("Kowalski"), QStringLiteral("Demir"), QStringLiteral("García"),
        QStringLiteral("Müller")};
    const QStringList companies {QStringLiteral("Acme Corp"), QStringLiteral("acme labs"),
        QStringLiteral("Globex"), QStringLiteral("Initech"), QStringLiteral("Umbrella AG"),
        QStringLiteral("Żabka Sp."), QStringLiteral("Öko Energie"), QStringLiteral("Hooli"),
        QStringLiteral("zenith co"), QStringLiteral("Vandelay Import")};
    const QStringList sources {QStringLiteral("Referral"), QStringLiteral("webinar"),
        QStringLiteral("Trade show"), QStringLiteral("LinkedIn"), QStringLiteral("Website")};
    const QStringList countries {QStringLiteral("DE"), QStringLiteral("US"), QStringLiteral("FR"),
        QStringLiteral("GB"), QStringLiteral("BR"), QStringLiteral("JP")};
    const QList<Stage> stages = allStages();
    const qint64 start =
        QDateTime(QDate(2024, 1, 1), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();

    QList<LeadInput> inputs;
    inputs.reserve(count);
    for (int i = 0; i < count; ++i) {
        LeadInput in;
        if (i % 11 != 3)
            in.firstName = firstNames.at((i * 7) % firstNames.size());
        if (i % 13 != 5)
            in.lastName = lastNames.at((i * 5 + i / 3) % lastNames.size());
        if (i % 4 != 1)
            in.company = companies.at((i * 3 + i / 7) % companies.size());
        if (i % 6 != 2) {
            const QString local =
                in.lastName.value_or(QStringLiteral("info")).toLower().remove(u' ');
            QString email = QStringLiteral("%1.%2@example%3.com").arg(local).arg(i).arg(i % 5);
            if (i % 9 == 0)
                email[0] = email.at(0).toUpper();
            in.email = email;
        }
        if (i % 3 != 0)
            in.phone = QStringLiteral("+1 415 555 %1").arg(1000 + (i * 37) % 9000);
        if (i % 5 != 4)
            in.source = sources.at((i / 2) % sources.size());
        if (i % 7 != 6)
            in.country = countries.at((i * 11) % countries.size());
        in.stage = stages.at((i * 5) % stages.size());
        in.createdAt = start + qint64((i * 7919) % 700) * 24 * 3600 * 1000 + qint64(i) * 61000;
        inputs.append(in);
    }
    return inputs;
}

inline LeadChanges changesFor(const LeadInput &in)
{
    LeadChanges changes;
    auto add = [&changes](LeadField field, const std::optional<QString> &value) {
        if (value)
            changes.append({field, *value});
    };
    add(LeadField::FirstName, in.firstName);
    add(LeadField::LastName, in.lastName);
    add(LeadField::Email, in.email);
    add(LeadField::Phone, in.phone);
    add(LeadField::Company, in.company);
    add(LeadField::Source, in.source);
    add(LeadField::Country, in.country);
    changes.append({LeadField::Stage, stageKey(in.stage)});
    changes.append({LeadField::CreatedAt, in.createdAt});
    return changes;
}

/// Creates the leads; returns an error message, empty when all were created.
inline QString createLeads(LeadService &service, const QList<LeadInput> &inputs)
{
    for (const LeadInput &in : inputs) {
        Result<Lead> lead = service.create(changesFor(in));
        if (!lead)
            return lead.error().toString();
    }
    return {};
}

} // namespace lf::test
