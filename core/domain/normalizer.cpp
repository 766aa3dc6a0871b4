#include "normalizer.h"

#include "countries.h"

#include <QHash>
#include <QSet>
#include <QUrl>

#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace lf {

namespace {

/// Past this many entries the phone cache starts over, so a huge import cannot grow it unbounded.
constexpr qsizetype kMaxCachedPhones = 100'000;
/// libphonenumber refuses longer input anyway; this keeps junk from reaching it at all.
constexpr qsizetype kMaxPhoneLength = 250;

bool isAsciiDigit(char32_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(char32_t c)
{
    return isAsciiDigit(c) || isAsciiLetter(c);
}

/// A non-ASCII letter, digit or combining mark: allowed in internationalized addresses.
bool isInternationalChar(char32_t c)
{
    return c >= 0x80 && (QChar::isLetterOrNumber(c) || QChar::isMark(c));
}

/// Calls f(codePoint) for each code point of text; unpaired surrogates come through as themselves.
template<typename F>
void forEachCodePoint(QStringView text, F f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            f(char32_t(c.unicode()));
        }
    }
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

bool startsWithIgnoringCase(QStringView text, QStringView prefix)
{
    return text.startsWith(prefix, Qt::CaseInsensitive);
}

/// A domain label: letters (any script), digits and inner hyphens, 1 to 63 characters.
bool isDomainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
        return false;
    bool ok = true;
    forEachCodePoint(label, [&ok](char32_t c) {
        if (!(isAsciiAlnum(c) || c == u'-' || isInternationalChar(c)))
            ok = false;
    });
    return ok;
}

/// A top-level domain: two or more letters, or an ACE ("xn--...") label.
bool isTopLevelDomain(QStringView label)
{
    if (label.size() < 2)
        return false;
    if (label.startsWith(u"xn--"))
        return isDomainLabel(label) && label.size() > 4;
    bool ok = true;
    forEachCodePoint(label, [&ok](char32_t c) {
        if (!(isAsciiLetter(c) || (c >= 0x80 && QChar::isLetter(c)) || QChar::isMark(c)))
            ok = false;
    });
    return ok && !QChar::isMark(label.front().unicode());
}

/// A host name with at least two labels and a letter TLD ("acme.com", "müller.de").
bool isDomainName(QStringView domain)
{
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    qsizetype labels = 0;
    QStringView last;
    for (QStringView label : domain.tokenize(u'.')) {
        if (!isDomainLabel(label))
            return false;
        last = label;
        ++labels;
    }
    return labels >= 2 && isTopLevelDomain(last);
}

/// The local part of an address: RFC 5322 atext plus non-ASCII letters, dots only between others.
bool isLocalPart(QStringView local)
{
    if (local.isEmpty() || local.size() > 64 || local.front() == u'.' || local.back() == u'.'
        || local.contains(u".."))
        return false;
    static constexpr QStringView specials = u"!#$%&'*+-/=?^_`{|}~.";
    bool ok = true;
    forEachCodePoint(local, [&ok](char32_t c) {
        if (isAsciiAlnum(c) || isInternationalChar(c))
            return;
        if (c < 0x80 && specials.contains(QChar(char16_t(c))))
            return;
        ok = false;
    });
    return ok;
}

/// ACE labels ("xn--mller-kva.de") in their Unicode form, so both spellings of a domain match.
QString unicodeDomain(const QString &domain)
{
    if (!domain.contains(u"xn--"))
        return domain;
    const QString decoded = QUrl::fromAce(domain.toLatin1(), QUrl::IgnoreIDNWhitelist);
    return decoded.isEmpty() ? domain : decoded.toLower();
}

/// Exactly one '@' between a valid local part and a domain name.
/// Cyrillic and Greek letters that look like Latin ones (Unicode's confusables for the
/// lower-case Latin alphabet), to the Latin letter.
char16_t latinTwin(char16_t c)
{
    static const QHash<char16_t, char16_t> twins {{u'а', u'a'}, {u'в', u'b'}, {u'с', u'c'},
        {u'ԁ', u'd'}, {u'е', u'e'}, {u'ѕ', u's'}, {u'һ', u'h'}, {u'і', u'i'}, {u'ј', u'j'},
        {u'к', u'k'}, {u'ӏ', u'l'}, {u'м', u'm'}, {u'о', u'o'}, {u'р', u'p'}, {u'ԛ', u'q'},
        {u'т', u't'}, {u'у', u'y'}, {u'х', u'x'}, {u'ԝ', u'w'}, {u'п', u'n'}, {u'α', u'a'},
        {u'ε', u'e'}, {u'ι', u'i'}, {u'κ', u'k'}, {u'ν', u'v'}, {u'ο', u'o'}, {u'ρ', u'p'},
        {u'τ', u't'}, {u'υ', u'u'}, {u'χ', u'x'}, {u'ѵ', u'v'}, {u'ɑ', u'a'}};
    return twins.value(c, 0);
}

/// Whether part (a local part or one domain label) mixes Latin letters with Cyrillic or Greek
/// ones, or Cyrillic with Greek: the look-alike spoofs of Unicode's "highly restrictive" profile
/// (UTS #39), such as "аdmin" with a Cyrillic а.
bool mixesLookAlikeScripts(QStringView part)
{
    bool latin = false;
    bool cyrillic = false;
    bool greek = false;
    for (QChar c : part) {
        switch (c.script()) {
        case QChar::Script_Latin:
            latin = true;
            break;
        case QChar::Script_Cyrillic:
            cyrillic = true;
            break;
        case QChar::Script_Greek:
            greek = true;
            break;
        default:
            break;
        }
    }
    return int(latin) + int(cyrillic) + int(greek) > 1;
}

/// The address with the look-alike letters of every mixed-script part replaced by their Latin
/// twins, so a spoof matches the address it imitates; empty when no part mixes scripts.
QString lookAlikeTwin(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return {};
    QStringList parts {address.first(at)};
    parts += address.sliced(at + 1).split(u'.');
    bool mixed = false;
    for (QString &part : parts) {
        if (!mixesLookAlikeScripts(part))
            continue;
        mixed = true;
        for (QChar &c : part) {
            if (const char16_t twin = latinTwin(c.unicode()))
                c = QChar(twin);
        }
    }
    if (!mixed)
        return {};
    return parts.first() + u'@' + parts.sliced(1).join(u'.');
}

bool isValidAddress(QStringView address)
{
    if (address.size() > 254)
        return false;
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0 || address.indexOf(u'@', at + 1) >= 0)
        return false;
    return isLocalPart(address.first(at)) && isDomainName(address.sliced(at + 1));
}

/// The host of a website: scheme, user info, "www.", port, path, query and fragment removed.
QString websiteHost(QStringView website)
{
    QStringView text = website.trimmed();
    if (const qsizetype scheme = text.indexOf(u"://"); scheme >= 0)
        text = text.sliced(scheme + 3);
    else if (text.startsWith(u"//"))
        text = text.sliced(2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'/' || c == u'?' || c == u'#' || c == u'\\') {
            text = text.first(i);
            break;
        }
    }
    if (const qsizetype at = text.lastIndexOf(u'@'); at >= 0)
        text = text.sliced(at + 1);
    if (const qsizetype colon = text.indexOf(u':'); colon >= 0)
        text = text.first(colon);
    while (text.endsWith(u'.'))
        text.chop(1);
    QString host = text.toString().toLower();
    // "www.", "www2.", "www3." ...
    if (host.startsWith(u"www")) {
        qsizetype i = 3;
        while (i < host.size() && isAsciiDigit(host[i].unicode()))
            ++i;
        if (i < host.size() && host[i] == u'.')
            host.remove(0, i + 1);
    }
    if (!isDomainName(host))
        return {};
    return unicodeDomain(host);
}

/// Sites a website column often points to that are not the company's own domain.
bool isPlatformDomain(QStringView domain)
{
    static constexpr QStringView platforms[] = {
        u"facebook.com",
        u"fb.com",
        u"linkedin.com",
        u"instagram.com",
        u"twitter.com",
        u"x.com",
        u"youtube.com",
        u"tiktok.com",
        u"xing.com",
        u"yelp.com",
        u"google.com",
        u"goo.gl",
        u"bit.ly",
        u"linktr.ee",
        u"sites.google.com",
        u"business.site",
        u"wa.me",
    };
    for (QStringView p : platforms) {
        if (domain == p)
            return true;
    }
    return false;
}

bool isThousandsSeparator(QChar c)
{
    return c == u',' || c == u'.' || c == u'\'' || c == u' ' || c == u'\u00a0' || c == u'\u202f'
        || c == u'\u2009';
}

/// Runs of exactly three ASCII digits at text[pos], not followed by another digit.
bool isDigitGroup(QStringView text, qsizetype pos)
{
    if (pos + 3 > text.size())
        return false;
    for (qsizetype i = pos; i < pos + 3; ++i) {
        if (!isAsciiDigit(text[i].unicode()))
            return false;
    }
    return pos + 3 == text.size() || !isAsciiDigit(text[pos + 3].unicode());
}

/// Whether the words before an employee count make it an upper bound ("< 10", "up to 10").
bool isUpperBoundPrefix(QStringView prefix)
{
    if (prefix.contains(u'<') || prefix.contains(u'\u2264'))
        return true;
    const QString key = Normalizer::foldKey(prefix);
    static constexpr QStringView markers[] = {
        u"under",
        u"lessthan",
        u"fewerthan",
        u"upto",
        u"below",
        u"max",
        u"unter",
        u"bis",
        u"wenigerals",
        u"moinsde",
        u"jusqua",
        u"menosde",
        u"hasta",
    };
    for (QStringView m : markers) {
        if (key.endsWith(m))
            return true;
    }
    return false;
}

/// Multiplier for a suffix after a number: "k"/"tsd" thousands, "m"/"mio"/"million" millions.
qint64 magnitudeSuffix(QStringView rest)
{
    const QStringView word = rest.trimmed();
    qsizetype end = 0;
    while (end < word.size() && word[end].isLetter())
        ++end;
    const QString key = word.first(end).toString().toLower();
    if (key == u"k" || key == u"tsd" || key == u"thousand")
        return 1'000;
    if (key == u"m" || key == u"mio" || key == u"mn" || key == u"million" || key == u"millions")
        return 1'000'000;
    return 1;
}

QString parseE164(QStringView text, const QString &region)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string utf8 = text.toUtf8().toStdString();
    const std::string regionCode = region.isEmpty() ? std::string("ZZ") : region.toStdString();
    if (util->Parse(utf8, regionCode, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    if (!util->IsValidNumber(number))
        return {};
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace

Normalizer::Normalizer(QString defaultRegion)
    : m_defaultRegion(std::move(defaultRegion))
{
    m_defaultRegion = m_defaultRegion.trimmed().toUpper();
    if (!countries::isCode(m_defaultRegion)) {
        if (const QString code = countries::codeFor(m_defaultRegion); !code.isEmpty())
            m_defaultRegion = code;
    }
}

Normalizer::Email Normalizer::email(QStringView raw)
{
    QStringView text = raw.trimmed();
    if (startsWithIgnoringCase(text, u"mailto:")) {
        text = text.sliced(7).trimmed();
        // mailto:a@b.com?subject=Hello
        if (const qsizetype query = text.indexOf(u'?'); query >= 0)
            text = text.first(query);
    }
    // "Jane Doe <jane@acme.com>"
    if (text.endsWith(u'>')) {
        if (const qsizetype open = text.lastIndexOf(u'<'); open >= 0)
            text = text.sliced(open + 1, text.size() - open - 2).trimmed();
    }
    if (text.isEmpty())
        return {};

    Email result;
    result.normalized = text.toString().toLower();
    // NFKC, not NFC: fullwidth and other compatibility forms ("ａdmin@example.com") are the
    // ASCII address they display as.
    if (!isAscii(result.normalized))
        result.normalized = result.normalized.normalized(QString::NormalizationForm_KC).toLower();
    if (const qsizetype at = result.normalized.lastIndexOf(u'@');
        at >= 0 && result.normalized.indexOf(u"xn--", at) >= 0)
        result.normalized =
            result.normalized.first(at + 1) + unicodeDomain(result.normalized.sliced(at + 1));
    result.state = isValidAddress(result.normalized) ? EmailState::Valid : EmailState::Invalid;
    // A part that mixes Latin with Cyrillic or Greek letters imitates another address: it is
    // invalid, and normalized to the address it imitates so that duplicates are found.
    if (!isAscii(result.normalized)) {
        if (QString twin = lookAlikeTwin(result.normalized); !twin.isEmpty()) {
            result.normalized = std::move(twin);
            result.state = EmailState::Invalid;
        }
    }
    return result;
}

QString Normalizer::phoneE164(QStringView raw, QStringView region)
{
    const QStringView text = raw.trimmed();
    if (text.isEmpty() || text.size() > kMaxPhoneLength)
        return {};
    bool hasDigit = false;
    for (QChar c : text) {
        if (c.isDigit()) {
            hasDigit = true;
            break;
        }
    }
    if (!hasDigit)
        return {};

    QString regionCode = region.trimmed().toString().toUpper();
    if (!regionCode.isEmpty() && !countries::isCode(regionCode))
        regionCode = countries::codeFor(regionCode);
    if (regionCode.isEmpty())
        regionCode = m_defaultRegion;

    QString key;
    key.reserve(regionCode.size() + 1 + text.size());
    key.append(regionCode).append(u'|').append(text);
    if (const auto it = m_phoneCache.constFind(key); it != m_phoneCache.cend())
        return *it;

    QString e164 = parseE164(text, regionCode);
    if (m_phoneCache.size() >= kMaxCachedPhones)
        m_phoneCache.clear();
    m_phoneCache.insert(key, e164);
    return e164;
}

QString Normalizer::countryCode(QStringView raw)
{
    return countries::codeFor(raw);
}

bool Normalizer::isCountryCode(QStringView code)
{
    return countries::isCode(code);
}

QString Normalizer::companyDomain(QStringView normalizedEmail, QStringView website)
{
    const QStringView address = normalizedEmail.trimmed();
    if (isValidAddress(address)) {
        const QString domain = address.sliced(address.indexOf(u'@') + 1).toString().toLower();
        if (!isFreeMailDomain(domain))
            return domain;
    }
    const QString host = websiteHost(website);
    if (host.isEmpty() || isFreeMailDomain(host) || isPlatformDomain(host))
        return {};
    return host;
}

bool Normalizer::isFreeMailDomain(QStringView domain)
{
    // Consumer mailbox providers: an address there says nothing about the lead's company.
    // zoho.com is left out on purpose: it is Zoho's own company domain and the one Zoho Mail's
    // business customers are migrated from; personal Zoho accounts are @zohomail.*.
    static const QSet<QString> exact = [] {
        static constexpr QStringView domains[] = {
            // Global
            u"gmail.com",
            u"googlemail.com",
            u"ymail.com",
            u"rocketmail.com",
            u"msn.com",
            u"passport.com",
            u"windowslive.com",
            u"aim.com",
            u"icloud.com",
            u"me.com",
            u"mac.com",
            u"mail.com",
            u"email.com",
            u"usa.com",
            u"post.com",
            u"protonmail.com",
            u"protonmail.ch",
            u"proton.me",
            u"pm.me",
            u"tutanota.com",
            u"tutanota.de",
            u"tuta.io",
            u"tutamail.com",
            u"zohomail.com",
            u"zohomail.eu",
            u"zohomail.in",
            u"fastmail.com",
            u"fastmail.fm",
            u"hushmail.com",
            u"hey.com",
            u"inbox.com",
            u"lycos.com",
            u"mailfence.com",
            u"gmx.us",
            // North America
            u"comcast.net",
            u"verizon.net",
            u"att.net",
            u"sbcglobal.net",
            u"bellsouth.net",
            u"cox.net",
            u"charter.net",
            u"earthlink.net",
            u"optonline.net",
            u"juno.com",
            u"netzero.net",
            u"shaw.ca",
            u"rogers.com",
            u"sympatico.ca",
            u"videotron.ca",
            u"telus.net",
            u"prodigy.net.mx",
            // UK, Ireland, Australia, New Zealand
            u"btinternet.com",
            u"sky.com",
            u"virginmedia.com",
            u"ntlworld.com",
            u"talktalk.net",
            u"blueyonder.co.uk",
            u"eircom.net",
            u"bigpond.com",
            u"bigpond.net.au",
            u"optusnet.com.au",
            u"iinet.net.au",
            u"xtra.co.nz",
            // German-speaking
            u"web.de",
            u"t-online.de",
            u"freenet.de",
            u"arcor.de",
            u"posteo.de",
            u"mailbox.org",
            u"online.de",
            u"email.de",
            u"kabelmail.de",
            u"vodafone.de",
            u"bluewin.ch",
            u"sunrise.ch",
            u"chello.at",
            u"aon.at",
            // French-speaking
            u"orange.fr",
            u"wanadoo.fr",
            u"free.fr",
            u"laposte.net",
            u"sfr.fr",
            u"neuf.fr",
            u"club-internet.fr",
            u"bbox.fr",
            u"aliceadsl.fr",
            u"numericable.fr",
            u"skynet.be",
            u"telenet.be",
            u"voila.fr",
            // Italy, Spain, Portugal, Benelux, Nordics, Central Europe
            u"libero.it",
            u"virgilio.it",
            u"tiscali.it",
            u"alice.it",
            u"tin.it",
            u"telefonica.net",
            u"terra.es",
            u"sapo.pt",
            u"ziggo.nl",
            u"kpnmail.nl",
            u"planet.nl",
            u"home.nl",
            u"hetnet.nl",
            u"seznam.cz",
            u"centrum.cz",
            u"wp.pl",
            u"o2.pl",
            u"onet.pl",
            u"interia.pl",
            u"op.pl",
            // Russia and neighbours
            u"ya.ru",
            u"mail.ru",
            u"inbox.ru",
            u"list.ru",
            u"bk.ru",
            u"rambler.ru",
            u"ukr.net",
            // Latin America
            u"uol.com.br",
            u"bol.com.br",
            u"terra.com.br",
            u"ig.com.br",
            u"globo.com",
            u"globomail.com",
            u"r7.com",
            // Asia
            u"qq.com",
            u"163.com",
            u"126.com",
            u"yeah.net",
            u"sina.com",
            u"sina.cn",
            u"sohu.com",
            u"139.com",
            u"foxmail.com",
            u"aliyun.com",
            u"naver.com",
            u"daum.net",
            u"hanmail.net",
            u"nate.com",
            u"kakao.com",
            u"rediffmail.com",
            u"docomo.ne.jp",
            u"ezweb.ne.jp",
            u"au.com",
            u"softbank.ne.jp",
            u"i.softbank.jp",
            u"disney.ne.jp",
            u"nifty.com",
            u"biglobe.ne.jp",
            u"ocn.ne.jp",
            u"so-net.ne.jp",
        };
        QSet<QString> set;
        for (QStringView d : domains)
            set.insert(d.toString());
        return set;
    }();
    // Brands with a domain in many countries: yahoo.fr, hotmail.co.uk, live.com.mx, gmx.de ...
    static constexpr QStringView brands[] = {
        u"yahoo", u"hotmail", u"outlook", u"live", u"gmx", u"yandex", u"aol"};
    static constexpr QStringView secondLevels[] = {u"co", u"com", u"ne", u"net", u"or", u"org"};

    QString d = domain.trimmed().toString().toLower();
    while (d.endsWith(u'.'))
        d.chop(1);
    if (d.isEmpty())
        return false;
    if (exact.contains(d))
        return true;

    const QList<QStringView> labels = QStringView(d).split(u'.');
    if (labels.size() < 2 || labels.size() > 3)
        return false;
    bool brand = false;
    for (QStringView b : brands)
        brand = brand || labels.front() == b;
    if (!brand)
        return false;
    if (labels.size() == 2)
        return isTopLevelDomain(labels[1]);
    for (QStringView s : secondLevels) {
        if (labels[1] == s)
            return isTopLevelDomain(labels[2]) && labels[2].size() == 2;
    }
    return false;
}

std::optional<qint64> Normalizer::employeeCount(QStringView raw)
{
    const QStringView text = raw.trimmed();
    qsizetype start = 0;
    while (start < text.size() && !isAsciiDigit(text[start].unicode()))
        ++start;
    if (start == text.size())
        return std::nullopt;
    if (isUpperBoundPrefix(text.first(start)))
        return 1;

    qint64 value = 0;
    qsizetype digits = 0;
    qsizetype pos = start;
    const auto readDigits = [&](qsizetype count) {
        for (qsizetype i = 0; i < count; ++i, ++pos, ++digits)
            value = value * 10 + (text[pos].unicode() - u'0');
    };
    qsizetype lead = 0;
    while (start + lead < text.size() && isAsciiDigit(text[start + lead].unicode()))
        ++lead;
    if (lead > 15)
        return std::nullopt;
    readDigits(lead);
    // Thousands groups: "1,200", "10 000", "1.500.000", "1'000" (only after 1-3 leading digits).
    if (lead <= 3) {
        while (pos + 1 < text.size() && isThousandsSeparator(text[pos])
            && isDigitGroup(text, pos + 1) && digits <= 12) {
            ++pos;
            readDigits(3);
        }
    }
    // "1.5k", "2,5 Mio"
    qint64 fraction = 0;
    qint64 fractionScale = 1;
    if (pos + 1 < text.size() && (text[pos] == u'.' || text[pos] == u',')
        && isAsciiDigit(text[pos + 1].unicode())) {
        qsizetype p = pos + 1;
        while (p < text.size() && isAsciiDigit(text[p].unicode()) && fractionScale < 1'000) {
            fraction = fraction * 10 + (text[p].unicode() - u'0');
            fractionScale *= 10;
            ++p;
        }
        const qint64 magnitude = magnitudeSuffix(text.sliced(p));
        if (magnitude > 1)
            return value * magnitude + fraction * magnitude / fractionScale;
        return value;
    }
    return value * magnitudeSuffix(text.sliced(pos));
}

bool Normalizer::isClean(QStringView raw)
{
    if (raw.isEmpty())
        return true;
    if (raw.front().isSpace() || raw.back().isSpace())
        return false;
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        if (u < 0x20) {
            if (u != u'\t' && u != u'\n')
                return false;
        } else if (u >= 0x7f && u <= 0x9f) {
            return false; // DEL and the C1 controls, NEL among them
        } else if (u == 0x2028 || u == 0x2029 || u == 0xfeff) {
            return false;
        }
    }
    return true;
}

QString Normalizer::cleanText(QStringView raw)
{
    if (isClean(raw))
        return raw.toString();
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c == u'\r') {
            // CRLF and lone CR (old Mac files) both end a line.
            if (i + 1 < raw.size() && raw[i + 1] == u'\n')
                continue;
            out.append(u'\n');
        } else if (c == u'\u2028' || c == u'\u2029' || c == u'\u0085') {
            out.append(u'\n');
        } else if (c == u'\t' || c == u'\n') {
            out.append(c);
        } else if (c.category() == QChar::Other_Control || c == u'\ufeff') {
            continue;
        } else {
            out.append(c);
        }
    }
    return out.trimmed();
}

QString Normalizer::foldKey(QStringView text)
{
    QString out;
    out.reserve(text.size());
    if (isAscii(text)) {
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (isAsciiDigit(u) || (u >= u'a' && u <= u'z'))
                out.append(c);
            else if (u >= u'A' && u <= u'Z')
                out.append(QChar(char16_t(u - u'A' + u'a')));
        }
        return out;
    }
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    forEachCodePoint(decomposed, [&out](char32_t c) {
        if (isAsciiAlnum(c)) {
            out.append(QChar(char16_t(c)).toLower());
            return;
        }
        switch (QChar::toLower(c)) {
        case U'ß':
            out.append(u"ss");
            return;
        case U'æ':
            out.append(u"ae");
            return;
        case U'œ':
            out.append(u"oe");
            return;
        case U'ø':
            out.append(u'o');
            return;
        case U'ł':
            out.append(u'l');
            return;
        case U'đ':
        case U'ð':
            out.append(u'd');
            return;
        case U'þ':
            out.append(u"th");
            return;
        case U'ı':
            out.append(u'i');
            return;
        default:
            break;
        }
        if (c >= 0x80 && QChar::isLetterOrNumber(c))
            appendCodePoint(out, QChar::toLower(c));
    });
    return out;
}

} // namespace lf
