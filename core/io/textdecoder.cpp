#include "textdecoder.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <uchardet/uchardet.h>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

// windows-1252 for 0x80–0x9F. The five bytes the code page leaves undefined (0x81, 0x8D,
// 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as browsers do.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, //
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, //
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, //
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, //
};

bool isWindows1252Hole(uchar b)
{
    return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
}

/// Lower-case letters and digits only: "UTF_8", "utf-8" and "Utf 8" all give "utf8".
QByteArray nameKey(QStringView name)
{
    QByteArray key;
    key.reserve(name.size());
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            key.append(char(u - u'A' + 'a'));
        else if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            key.append(char(u));
    }
    return key;
}

/// Control bytes that do not occur in text (everything below 0x20 except TAB, LF, VT, FF,
/// CR, SUB (DOS end-of-file) and ESC), plus windows-1252's undefined bytes when asked.
qsizetype countSuspiciousBytes(QByteArrayView data, bool windows1252)
{
    qsizetype n = 0;
    for (char ch : data) {
        const auto b = uchar(ch);
        if (b < 0x20) {
            if (b != '\t' && b != '\n' && b != '\v' && b != '\f' && b != '\r' && b != 0x1A
                && b != 0x1B)
                ++n;
        } else if (windows1252 && isWindows1252Hole(b)) {
            ++n;
        }
    }
    return n;
}

bool looksBinary(QByteArrayView data, bool windows1252)
{
    // More than 1% of the bytes being controls is not text in any of the encodings we read. A
    // few stray controls in a small text file are not a binary file: the reader reports each at
    // its line and field (CsvReader), as it does beyond the sample.
    const qsizetype suspicious = countSuspiciousBytes(data, windows1252);
    return suspicious * 100 > data.size() && suspicious >= 16;
}

/// Asks uchardet about a sample that is not UTF-8 and maps the answer to a name we decode.
QString guessLegacyEncoding(QByteArrayView sample)
{
    const std::unique_ptr<struct uchardet, decltype(&uchardet_delete)> detector(
        uchardet_new(), &uchardet_delete);
    QString name;
    if (detector
        && uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())) == 0) {
        uchardet_data_end(detector.get());
        name =
            TextDecoder::canonicalName(QString::fromLatin1(uchardet_get_charset(detector.get())));
    }
    // No answer, an answer Qt cannot decode, or a Unicode answer for bytes that are not
    // valid Unicode: windows-1252 is the most common legacy encoding of CSV files.
    if (name.isEmpty() || name.startsWith(u"UTF"_s))
        return u"windows-1252"_s;
    // ISO-8859-1 has C1 controls where windows-1252 has € „ “ ” – —; no text means those.
    if (name == u"ISO-8859-1"_s) {
        const bool c1 = std::any_of(sample.begin(), sample.end(),
            [](char ch) { return uchar(ch) >= 0x80 && uchar(ch) <= 0x9F; });
        if (c1)
            return u"windows-1252"_s;
    }
    return name;
}

/// Whether the last bytes of a UTF-8 stream end inside a multi-byte character.
bool endsInsideUtf8Sequence(QByteArrayView tail)
{
    const qsizetype n = tail.size();
    for (qsizetype i = n - 1; i >= 0 && i >= n - 3; --i) {
        const auto b = uchar(tail[i]);
        if ((b & 0xC0) == 0x80)
            continue;
        if (b < 0xC0)
            return false;
        const qsizetype needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        return n - i < needed;
    }
    return false;
}

} // namespace

QString TextDecoder::canonicalName(QStringView name)
{
    const QByteArray key = nameKey(name);
    if (key.isEmpty())
        return {};
    if (key == "utf8")
        return u"UTF-8"_s;
    if (key == "utf16le")
        return u"UTF-16LE"_s;
    if (key == "utf16be")
        return u"UTF-16BE"_s;
    if (key == "utf16" || key == "ucs2")
        return u"UTF-16"_s;
    if (key == "windows1252" || key == "cp1252" || key == "win1252" || key == "xcp1252"
        || key == "ansi")
        return u"windows-1252"_s;
    if (key == "iso88591" || key == "latin1" || key == "l1" || key == "iso885911987"
        || key == "cp819" || key == "ibm819")
        return u"ISO-8859-1"_s;
    if (key == "iso885915" || key == "latin9" || key == "l9")
        return u"ISO-8859-15"_s;
    // Anything else: whatever this Qt build can decode (all ICU converters on Debian).
    for (QChar c : name) {
        if (c.unicode() > 0x7E || c.unicode() < 0x20)
            return {};
    }
    const QStringDecoder probe(name.toLatin1().constData());
    if (!probe.isValid())
        return {};
    return QString::fromLatin1(probe.name());
}

Result<TextDecoder> TextDecoder::forName(QStringView name, bool provisional)
{
    const QString canonical = canonicalName(name);
    if (canonical.isEmpty()) {
        return fail(ErrorCode::Invalid,
            u"Unknown text encoding \"%1\"; use a name such as UTF-8, UTF-16LE or windows-1252."_s
                .arg(name));
    }
    TextDecoder d;
    constexpr auto flags = QStringDecoder::Flag::ConvertInitialBom;
    if (canonical == u"UTF-8"_s) {
        d.m_kind = Kind::Qt;
        d.m_qt = QStringDecoder(QStringDecoder::Utf8, flags);
        d.m_utf8 = true;
        d.m_provisional = provisional;
        d.m_name = canonical;
    } else if (canonical == u"UTF-16LE"_s || canonical == u"UTF-16"_s) {
        d.m_kind = Kind::Qt;
        d.m_qt = QStringDecoder(QStringDecoder::Utf16LE, flags);
        d.m_utf16 = true;
        d.m_name = u"UTF-16LE"_s;
    } else if (canonical == u"UTF-16BE"_s) {
        d.m_kind = Kind::Qt;
        d.m_qt = QStringDecoder(QStringDecoder::Utf16BE, flags);
        d.m_utf16 = true;
        d.m_name = canonical;
    } else if (canonical == u"windows-1252"_s) {
        d.setTable(kWindows1252High, canonical);
    } else if (canonical == u"ISO-8859-1"_s) {
        d.setTable(nullptr, canonical);
    } else if (canonical == u"ISO-8859-15"_s) {
        d.setTable(nullptr, canonical);
        // Latin-9 differs from Latin-1 in eight places.
        constexpr std::pair<uchar, char16_t> diff[] = {{0xA4, 0x20AC}, {0xA6, 0x0160},
            {0xA8, 0x0161}, {0xB4, 0x017D}, {0xB8, 0x017E}, {0xBC, 0x0152}, {0xBD, 0x0153},
            {0xBE, 0x0178}};
        for (const auto &[byte, unit] : diff)
            d.m_table[byte] = unit;
    } else {
        d.m_kind = Kind::Qt;
        d.m_qt = QStringDecoder(canonical.toLatin1().constData(), flags);
        d.m_name = canonical;
        if (!d.m_qt.isValid()) {
            return fail(ErrorCode::Invalid,
                u"The text encoding \"%1\" cannot be decoded on this system."_s.arg(name));
        }
    }
    return d;
}

void TextDecoder::setTable(const char16_t *high, QString name)
{
    m_kind = Kind::Table;
    m_name = std::move(name);
    for (int b = 0; b < 256; ++b)
        m_table[size_t(b)] = char16_t(b);
    if (high) {
        for (int b = 0x80; b < 0xA0; ++b)
            m_table[size_t(b)] = high[b - 0x80];
    }
}

qsizetype TextDecoder::bomLength(QByteArrayView data, QStringView encoding)
{
    if (encoding == u"UTF-8"_s && data.startsWith("\xEF\xBB\xBF"))
        return 3;
    if (encoding == u"UTF-16LE"_s && data.startsWith("\xFF\xFE"))
        return 2;
    if (encoding == u"UTF-16BE"_s && data.startsWith("\xFE\xFF"))
        return 2;
    return 0;
}

bool TextDecoder::isValidUtf8(QByteArrayView data, bool allowTruncatedEnd)
{
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    const auto *const end = p + data.size();
    while (p < end) {
        // ASCII runs eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const uchar b = *p;
        if (b < 0x80) {
            ++p;
            continue;
        }
        qsizetype len;
        uchar lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            if (b == 0xE0)
                lo = 0xA0; // overlong
            else if (b == 0xED)
                hi = 0x9F; // surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            if (b == 0xF0)
                lo = 0x90; // overlong
            else if (b == 0xF4)
                hi = 0x8F; // above U+10FFFF
        } else {
            return false;
        }
        for (qsizetype i = 1; i < len; ++i) {
            if (p + i == end)
                return allowTruncatedEnd;
            const uchar c = p[i];
            if (i == 1 ? (c < lo || c > hi) : (c & 0xC0) != 0x80)
                return false;
        }
        p += len;
    }
    return true;
}

EncodingGuess TextDecoder::detect(QByteArrayView sample, bool complete)
{
    EncodingGuess guess;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        guess.encoding = u"UTF-8"_s;
        guess.bomLength = 3;
        return guess;
    }
    if (sample.startsWith("\xFF\xFE")) {
        guess.encoding = u"UTF-16LE"_s;
        guess.bomLength = 2;
        return guess;
    }
    if (sample.startsWith("\xFE\xFF")) {
        guess.encoding = u"UTF-16BE"_s;
        guess.bomLength = 2;
        return guess;
    }

    // UTF-16 without BOM: ASCII characters (digits, delimiters, line breaks) have a zero high
    // byte, so NULs gather on the odd (LE) or even (BE) byte positions; a few CJK characters
    // (U+4E00 ...) put some on the other side.
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        if (sample[i] == '\0')
            ++((i & 1) ? oddNul : evenNul);
    }
    const qsizetype pairs = sample.size() / 2;
    if (pairs >= 2) {
        const bool le = oddNul * 10 >= pairs && evenNul * 4 <= oddNul;
        const bool be = !le && evenNul * 10 >= pairs && oddNul * 4 <= evenNul;
        if (le || be) {
            // Confirm: valid UTF-16 (a cut character at the end aside) and text, not controls.
            QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
            const QString text = decoder.decode(complete ? sample : sample.first(pairs * 2));
            const auto controls = std::count_if(text.begin(), text.end(), [](QChar c) {
                return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f'
                    && c != u'\v';
            });
            const bool cutSurrogate = !complete && !text.isEmpty() && text.back().isHighSurrogate();
            if ((!decoder.hasError() || cutSurrogate) && controls * 100 <= text.size()) {
                guess.encoding = le ? u"UTF-16LE"_s : u"UTF-16BE"_s;
                return guess;
            }
            guess.binary = true;
            return guess;
        }
    }
    if (evenNul + oddNul > 0) {
        guess.binary = true;
        return guess;
    }

    const bool ascii =
        std::all_of(sample.begin(), sample.end(), [](char c) { return uchar(c) < 0x80; });
    if (ascii || isValidUtf8(sample, !complete)) {
        if (looksBinary(sample, false)) {
            guess.binary = true;
            return guess;
        }
        guess.encoding = u"UTF-8"_s;
        guess.provisional = ascii && !complete;
        return guess;
    }

    const QString legacy = guessLegacyEncoding(sample);
    if (looksBinary(sample, legacy == u"windows-1252"_s)) {
        guess.binary = true;
        return guess;
    }
    guess.encoding = legacy;
    return guess;
}

void TextDecoder::settleProvisional(QByteArrayView rest)
{
    m_provisional = false;
    if (isValidUtf8(rest.first(std::min<qsizetype>(rest.size(), 64 * 1024)), true))
        return; // UTF-8 it is
    auto legacy =
        forName(guessLegacyEncoding(rest.first(std::min<qsizetype>(rest.size(), 64 * 1024))));
    if (legacy)
        *this = std::move(*legacy);
}

void TextDecoder::decode(QByteArrayView in, QString &out)
{
    if (m_provisional) {
        const auto *first =
            std::find_if(in.begin(), in.end(), [](char c) { return uchar(c) >= 0x80; });
        if (first != in.end())
            settleProvisional(in.sliced(first - in.begin()));
    }
    m_bytes += in.size();
    if (m_utf8) {
        if (in.size() >= 3) {
            m_tail = in.last(3).toByteArray();
        } else {
            m_tail.append(in.data(), in.size());
            m_tail = m_tail.right(3);
        }
    }
    switch (m_kind) {
    case Kind::Invalid:
        out.clear();
        return;
    case Kind::Qt: {
        out.resize(m_qt.requiredSpace(in.size()));
        QChar *const begin = out.data();
        QChar *const end = m_qt.appendToBuffer(begin, in);
        out.truncate(end - begin);
        if (m_qt.hasError())
            m_error = true;
        return;
    }
    case Kind::Table: {
        out.resize(in.size());
        auto *dst = reinterpret_cast<char16_t *>(out.data());
        const auto *src = reinterpret_cast<const uchar *>(in.data());
        for (qsizetype i = 0, n = in.size(); i < n; ++i)
            dst[i] = m_table[src[i]];
        return;
    }
    }
}

void TextDecoder::finish(QString &out)
{
    out.clear();
    const bool truncated =
        (m_utf8 && endsInsideUtf8Sequence(m_tail)) || (m_utf16 && (m_bytes & 1) != 0);
    if (truncated) {
        m_error = true;
        out.append(QChar::ReplacementCharacter);
    }
}

} // namespace lf
