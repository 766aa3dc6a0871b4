#pragma once

#include "lead.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>

namespace lf {

/// Turns values as people and other CRMs write them into the forms Leadflow stores and matches on.
/// Not thread-safe (it caches phone results): use one Normalizer per thread.
class Normalizer
{
public:
    /// defaultRegion: ISO 3166 alpha-2 used for phones written without a country code when the lead
    /// has no country ("US").
    explicit Normalizer(QString defaultRegion = QStringLiteral("US"));

    QString defaultRegion() const { return m_defaultRegion; }

    struct Email
    {
        QString normalized; ///< trimmed, lower-case; empty when missing
        EmailState state = EmailState::Missing;
    };
    /// Trims, lower-cases and checks the shape (one '@', a dotted domain, no spaces, valid
    /// characters; "mailto:" prefix and "<...>" brackets removed).
    ///
    /// Valid: a local part of letters, digits, dots (not first, last or doubled) and
    /// !#$%&'*+-/=?^_`{|}~; a domain of two or more labels of letters, digits and inner hyphens
    /// with a top-level domain of two or more letters. Non-ASCII letters count as letters
    /// ("jürgen@müller.de"), and ACE domains are shown in Unicode ("xn--mller-kva.de" →
    /// "müller.de"). Malformed values are not repaired: "name at gmail.com" stays as written
    /// (lower-cased) and is Invalid. Missing: empty after trimming.
    static Email email(QStringView raw);

    /// E.164 ("+14155550123") or empty when the number cannot be parsed or is not a valid number.
    /// region: the lead's country (ISO alpha-2) or empty for the default region. Extensions are
    /// dropped.
    ///
    /// "Valid" is libphonenumber's IsValidNumber: the number lies in a range its metadata knows to
    /// be assigned (a real area code, mobile prefix...), not merely of a possible length. So
    /// "(429) 848-4484" in the US (there is no area code 429) gives empty although it has ten
    /// digits. The stored E.164 is thus one a person can dial and match on; the raw text stays in
    /// Phone either way. Numbers written with "+" or an international prefix ("0049...", "011...")
    /// ignore the region. A region that is not an alpha-2 code is looked up with countryCode()
    /// ("Germany" → DE, "UK" → GB); an unknown one falls back to the default region. Results are
    /// cached per region and text (at most 100,000 entries, then the cache starts over), so a
    /// number repeated in an import is parsed once.
    QString phoneE164(QStringView raw, QStringView region = {});

    /// ISO 3166-1 alpha-2 for a country name or code in English, German, French or Spanish
    /// ("Germany", "Deutschland", "Allemagne", "DE", "DEU", "United States", "USA", "U.S.") or
    /// empty when unknown. Ignores case, accents, punctuation, spacing and a leading article
    /// ("The Netherlands", "L'Allemagne"); "Korea, Republic of" and "Myanmar (Burma)" work too.
    static QString countryCode(QStringView raw);
    /// Whether code is a known ISO 3166-1 alpha-2 code, in upper case as stored ("DE", not "de").
    /// XK (Kosovo) counts; Qt's codes that are no countries (EU, IC, ...) do not.
    static bool isCountryCode(QStringView code);

    /// The company's domain: from the email unless it is a free-mail provider, else from the
    /// website ("https://www.acme.com/about" → "acme.com"). Empty when neither gives one. Only a
    /// valid email gives a domain; a website loses scheme, user info, "www."/"www2.", port, path,
    /// query and fragment, and gives nothing when it is not a host name or is a free-mail or
    /// social site (linkedin.com, facebook.com, ...). Subdomains are kept ("eu.acme.com").
    static QString companyDomain(QStringView normalizedEmail, QStringView website);
    /// Consumer mailbox providers (gmail.com, yahoo.*, hotmail.*, outlook.*, live.*, gmx.*,
    /// web.de, orange.fr, qq.com, docomo.ne.jp, ...), in any case. Not zoho.com: that is a
    /// company's own domain (personal Zoho accounts are @zohomail.*).
    static bool isFreeMailDomain(QStringView domain);

    /// Lower bound of an employee count band: "201-500" → 201, "1000+" → 1000, "1,200" → 1200.
    /// Also "10 000", "1.200", "5K+", "1.5k", "ca. 50 employees" → 50; an upper bound alone
    /// ("<10", "up to 10", "bis 10") → 1. nullopt when there is no number.
    static std::optional<qint64> employeeCount(QStringView raw);

    /// Text cleaned for storage: trimmed, inner runs of white space kept (notes keep their lines),
    /// NUL and other control characters except tab and newline removed. Line ends become "\n"
    /// (CRLF, a lone CR, NEL, U+2028/2029); a byte-order mark is removed too.
    static QString cleanText(QStringView raw);
    /// Whether cleanText(raw) == raw: no surrounding white space, no CR, NEL, line or paragraph
    /// separator, byte-order mark or control character other than tab and newline. Lets bulk
    /// paths skip the copy for the usual, clean value.
    static bool isClean(QStringView raw);

    /// A key for matching names loosely: letters and digits only, lower-case, accents and other
    /// marks removed, ß → ss, æ → ae, œ → oe, ø → o, ł → l, đ/ð → d, þ → th; spaces and
    /// punctuation dropped ("Côte d’Ivoire" → "cotedivoire", "E-Mail-Adresse" → "emailadresse").
    /// Letters of other scripts are kept, lower-cased.
    static QString foldKey(QStringView text);

private:
    QString m_defaultRegion;
    QHash<QString, QString> m_phoneCache; ///< "REGION|raw" → E.164 (or empty)
};

} // namespace lf
