#include "csvreader.h"

#include "fileguard.h"
#include "textdecoder.h"

#include <QFile>
#include <QIODevice>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

constexpr qsizetype kSampleSize = 64 * 1024; // for encoding and delimiter detection
constexpr qsizetype kChunkSize = 1024 * 1024; // bytes read and decoded at a time
constexpr qsizetype kMaxSampleRecords = 1000;

// Character classes for the parser's scan loops (one table lookup per character).
constexpr uchar kEndsUnquoted = 1; // delimiter, CR, LF, NUL
constexpr uchar kEndsQuoted = 2; // quote, CR, LF, NUL
constexpr uchar kControl = 4; // a control character that is not text (see isControl())

/// Control characters no text holds: C0 but TAB, LF, VT, FF and CR (VT and FF are line and page
/// breaks some spreadsheets write inside cells), and DEL. NUL is not among them: it means a binary
/// file and ends the reading.
constexpr bool isControl(char16_t c)
{
    return (c > 0 && c < 0x20 && c != u'\t' && c != u'\n' && c != u'\v' && c != u'\f' && c != u'\r')
        || c == 0x7F;
}

/// Picks the delimiter of a decoded sample: for each candidate, the most common non-zero
/// count per record (outside quotes); the candidate whose count is that in the most records
/// wins; on a tie the one making more fields, then the earlier of , ; TAB |.
char16_t detectDelimiter(QStringView text, bool complete)
{
    constexpr std::array<char16_t, 4> candidates = {u',', u';', u'\t', u'|'};
    using Counts = std::array<qsizetype, candidates.size()>;
    std::vector<Counts> records;
    Counts current {};
    bool hasContent = false;
    bool inQuotes = false;
    bool atFieldStart = true;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n && qsizetype(records.size()) < kMaxSampleRecords; ++i) {
        const char16_t c = text[i].unicode();
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (hasContent)
                records.push_back(current);
            current = {};
            hasContent = false;
            atFieldStart = true;
            continue;
        }
        hasContent = true;
        if (c == u'"' && atFieldStart) {
            inQuotes = true;
            atFieldStart = false;
            continue;
        }
        const auto *it = std::find(candidates.begin(), candidates.end(), c);
        atFieldStart = it != candidates.end();
        if (atFieldStart)
            ++current[size_t(it - candidates.begin())];
    }
    // A record cut by the end of the sample is left out, unless it is all there is.
    if (hasContent && (complete || records.empty()))
        records.push_back(current);

    char16_t best = u',';
    qsizetype bestAgree = 0;
    qsizetype bestCount = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        std::vector<qsizetype> counts;
        counts.reserve(records.size());
        for (const Counts &r : records) {
            if (r[k] > 0)
                counts.push_back(r[k]);
        }
        std::sort(counts.begin(), counts.end());
        // The most common count (the larger one on a tie) and how many records have it.
        qsizetype agree = 0;
        qsizetype count = 0;
        for (size_t i = 0; i < counts.size();) {
            size_t j = i;
            while (j < counts.size() && counts[j] == counts[i])
                ++j;
            if (qsizetype(j - i) >= agree) {
                agree = qsizetype(j - i);
                count = counts[i];
            }
            i = j;
        }
        if (agree > bestAgree || (agree == bestAgree && agree > 0 && count > bestCount)) {
            bestAgree = agree;
            bestCount = count;
            best = candidates[k];
        }
    }
    return best;
}

bool onlyLineBreaks(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c == u'\r' || c == u'\n'; });
}

} // namespace

QStringView CsvRecord::field(qsizetype i) const
{
    Q_ASSERT(i >= 0 && i < size());
    const qsizetype start = i == 0 ? 0 : m_ends[size_t(i - 1)];
    return QStringView(m_buffer.constData() + start, m_ends[size_t(i)] - start);
}

QStringList CsvRecord::toStringList() const
{
    QStringList fields;
    fields.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        fields.append(field(i).toString());
    return fields;
}

void CsvRecord::clear()
{
    line = 0;
    m_used = 0;
    m_ends.clear();
}

struct CsvReader::Private
{
    std::unique_ptr<QFile> file; ///< when opened by path
    QIODevice *device = nullptr;
    QString fileName;
    Options options;
    TextDecoder decoder;
    bool hasBom = false;
    char16_t delimiter = u',';
    qint64 bytesRead = 0;
    qint64 totalBytes = -1;

    QByteArray raw; ///< bytes to decode next; after open() the sample, then each chunk
    bool rawPending = false; ///< raw holds the sample, not yet decoded
    QString text; ///< the decoded chunk being parsed
    const char16_t *begin = nullptr; ///< text's characters; [pos, end) is not parsed yet
    const char16_t *pos = nullptr;
    const char16_t *end = nullptr;
    char16_t prevLast = 0; ///< last character of the previous chunk (to pair CR with LF)
    bool inputDone = false;
    bool decodeErrorSeen = false;
    bool decodeErrorAtEnd = false; ///< end stops at an invalid byte sequence
    qint64 line = 1;
    qsizetype expectedFields = -1;
    std::optional<Error> fatal;
    std::array<uchar, 65536> classes {};

    Error error(QString message, qint64 atLine, qint64 column) const
    {
        return Error {ErrorCode::Parse, std::move(message), fileName, atLine, column, {}, {}};
    }
    Error notText(qint64 atLine) const
    {
        return error(
            u"The file is not a text file: it contains NUL or control characters."_s, atLine, 0);
    }
    bool refill();
    Result<bool> parse(CsvRecord &record);
};

CsvReader::CsvReader()
    : d(std::make_unique<Private>())
{
}

CsvReader::~CsvReader() = default;

Status CsvReader::open(const QString &path, const Options &options)
{
    if (auto allowed = FileGuard::checkInput(path); !allowed) {
        d = std::make_unique<Private>();
        return allowed;
    }
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        d = std::make_unique<Private>();
        return fail(Error {ErrorCode::Io,
            u"Could not open the file for reading: %1."_s.arg(file->errorString()), path, 0, 0, {},
            {}});
    }
    Status status = open(file.get(), path, options);
    if (status)
        d->file = std::move(file);
    return status;
}

Status CsvReader::open(QIODevice *device, const QString &displayName, const Options &options)
{
    d = std::make_unique<Private>();
    d->fileName = displayName;
    d->options = options;
    auto failWith = [&](ErrorCode code, QString message) -> Status {
        Error e {code, std::move(message), displayName, 0, 0, {}, {}};
        d = std::make_unique<Private>();
        d->fileName = displayName;
        return fail(std::move(e));
    };

    if (!device || !device->isReadable())
        return failWith(ErrorCode::Invalid, u"The file is not open for reading."_s);
    if (options.maxFieldLength < 1)
        return failWith(ErrorCode::Invalid, u"The maximum field length must be positive."_s);
    const QChar delim = options.delimiter;
    if (!delim.isNull()
        && (delim == u'"' || delim == u'\r' || delim == u'\n' || delim.isSurrogate())) {
        return failWith(ErrorCode::Invalid,
            u"The delimiter cannot be a quote, a line break or half a surrogate pair."_s);
    }
    d->device = device;
    d->totalBytes = device->isSequential() ? -1 : device->size() - device->pos();

    // The sample: encoding and delimiter are detected from it, then it is parsed like any chunk
    // (so a pipe, which cannot seek back, works too).
    QByteArray &raw = d->raw;
    raw.resize(kSampleSize);
    qsizetype got = 0;
    while (got < kSampleSize) {
        const qint64 n = device->read(raw.data() + got, kSampleSize - got);
        if (n < 0) {
            return failWith(
                ErrorCode::Io, u"Could not read the file: %1."_s.arg(device->errorString()));
        }
        if (n == 0)
            break;
        got += qsizetype(n);
    }
    raw.resize(got);
    d->bytesRead = got;
    const bool complete = got < kSampleSize;
    if (got == 0)
        return failWith(ErrorCode::Parse, u"The file is empty."_s);

    EncodingGuess guess;
    if (options.encoding.isEmpty()) {
        guess = TextDecoder::detect(raw, complete);
        if (guess.binary) {
            return failWith(ErrorCode::Parse,
                u"The file is not a text file: it contains NUL or control bytes. "
                u"Choose a CSV file."_s);
        }
    } else {
        guess.encoding = TextDecoder::canonicalName(options.encoding);
        if (guess.encoding.isEmpty())
            return failWith(
                ErrorCode::Invalid, TextDecoder::forName(options.encoding).error().message);
        if (guess.encoding == u"UTF-16"_s) {
            // No byte order given: the BOM or the NUL pattern tells, else little-endian.
            const EncodingGuess detected = TextDecoder::detect(raw, complete);
            guess.encoding = detected.encoding == u"UTF-16BE"_s ? u"UTF-16BE"_s : u"UTF-16LE"_s;
        }
        guess.bomLength = TextDecoder::bomLength(raw, guess.encoding);
    }
    auto decoder = TextDecoder::forName(guess.encoding, guess.provisional);
    if (!decoder)
        return failWith(decoder.error().code, decoder.error().message);
    d->decoder = std::move(*decoder);
    d->hasBom = guess.bomLength > 0;
    raw.remove(0, guess.bomLength);

    // Decode the sample once more, separately, to look at it.
    QString sampleText;
    {
        auto sampleDecoder = TextDecoder::forName(d->decoder.name());
        if (sampleDecoder)
            sampleDecoder->decode(raw, sampleText);
    }
    if (complete && onlyLineBreaks(sampleText))
        return failWith(ErrorCode::Parse, u"The file is empty."_s);
    d->delimiter = delim.isNull() ? detectDelimiter(sampleText, complete) : delim.unicode();
    d->rawPending = !raw.isEmpty();

    auto &classes = d->classes;
    classes[d->delimiter] |= kEndsUnquoted;
    for (char16_t c : {u'\r', u'\n', u'\0'})
        classes[c] |= kEndsUnquoted | kEndsQuoted;
    classes[u'"'] |= kEndsQuoted;
    for (char16_t c = 0; c < 0x80; ++c) {
        if (isControl(c))
            classes[c] |= kEndsUnquoted | kEndsQuoted | kControl;
    }
    return {};
}

bool CsvReader::Private::refill()
{
    if (end > begin)
        prevLast = end[-1];
    begin = pos = end = nullptr;
    for (;;) {
        if (decodeErrorAtEnd) {
            fatal = error(u"The text is not valid %1 here; the file may mix encodings. "
                          u"Open it with its encoding chosen explicitly."_s.arg(decoder.name()),
                line, 0);
            return false;
        }
        if (inputDone)
            return false;
        if (rawPending) {
            rawPending = false;
            decoder.decode(raw, text);
        } else {
            raw.resize(kChunkSize);
            const qint64 n = device->read(raw.data(), kChunkSize);
            if (n < 0) {
                fatal = Error {ErrorCode::Io,
                    u"Could not read the file: %1."_s.arg(device->errorString()), fileName, line, 0,
                    {}, {}};
                return false;
            }
            raw.resize(qsizetype(n));
            bytesRead += n;
            if (n == 0) {
                inputDone = true;
                decoder.finish(text);
            } else {
                decoder.decode(raw, text);
            }
        }
        begin = pos = reinterpret_cast<const char16_t *>(text.constData());
        end = begin + text.size();
        if (decoder.hasError() && !decodeErrorSeen) {
            decodeErrorSeen = true;
            decodeErrorAtEnd = true;
            const qsizetype at = text.indexOf(QChar::ReplacementCharacter);
            if (at >= 0)
                end = begin + at;
        }
        if (end > begin)
            return true;
    }
}

Result<bool> CsvReader::readRecord(CsvRecord &record)
{
    if (!d->device) {
        return fail(
            Error {ErrorCode::Invalid, u"The CSV file is not open."_s, d->fileName, 0, 0, {}, {}});
    }
    if (d->fatal)
        return fail(*d->fatal);
    return d->parse(record);
}

Result<bool> CsvReader::Private::parse(CsvRecord &record)
{
    enum class State { RecordStart, FieldStart, Unquoted, Quoted, QuoteSeen };

    record.clear();
    const char16_t delim = delimiter;
    const uchar *const cls = classes.data();
    const qint64 maxLength = options.maxFieldLength;

    std::optional<Error> recordError;
    State state = State::RecordStart;
    qint64 fieldLine = line; // where the current field (or its opening quote) is
    qsizetype fieldStart = 0;
    bool fieldCut = false;

    char16_t *out = reinterpret_cast<char16_t *>(record.m_buffer.data());
    qsizetype used = 0;
    qsizetype capacity = record.m_buffer.size();

    const char16_t *p = pos;
    const char16_t *e = end;

    auto fieldNumber = [&] {
        return qint64(record.m_ends.size()) + 1;
    };
    auto append = [&](const char16_t *from, qsizetype n) {
        if (used - fieldStart + n > maxLength) {
            if (!fieldCut) {
                fieldCut = true;
                if (!recordError) {
                    recordError = error(
                        u"Field %1 is longer than the limit of %2 characters; "
                        u"the file may have a quote that is never closed."_s.arg(fieldNumber())
                            .arg(maxLength),
                        fieldLine, fieldNumber());
                }
            }
            n = std::max<qsizetype>(0, maxLength - (used - fieldStart));
        }
        if (n == 0)
            return;
        if (used + n > capacity) {
            record.m_buffer.resize(std::max({used + n, capacity * 2, qsizetype(4096)}));
            out = reinterpret_cast<char16_t *>(record.m_buffer.data());
            capacity = record.m_buffer.size();
        }
        std::memcpy(out + used, from, size_t(n) * sizeof(char16_t));
        used += n;
    };
    auto endField = [&] {
        record.m_ends.push_back(used);
        fieldStart = used;
        fieldCut = false;
    };
    auto endRecord = [&]() -> Result<bool> {
        pos = p;
        record.m_used = used;
        const auto count = qsizetype(record.m_ends.size());
        if (expectedFields < 0) {
            expectedFields = count;
        } else if (options.requireSameFieldCount && count != expectedFields && !recordError) {
            recordError =
                error(u"Expected %1 fields, as in the first record, found %2."_s.arg(expectedFields)
                          .arg(count),
                    record.line, 0);
        }
        if (recordError)
            return fail(*recordError);
        return true;
    };
    auto previous = [&](const char16_t *at) {
        return at > begin ? at[-1] : prevLast;
    };
    // A control character is kept as written (the errors file shows the row as it was) and makes
    // the record an error at its line and field, wherever it is in the file.
    auto controlSeen = [&](char16_t c) {
        append(&c, 1);
        if (!recordError) {
            recordError =
                error(u"Field %1 holds the control character U+%2, which is not text."_s
                          .arg(fieldNumber())
                          .arg(QString::number(uint(c), 16).rightJustified(4, u'0').toUpper()),
                    line, fieldNumber());
        }
    };

    for (;;) {
        if (p == e) {
            pos = p;
            const bool more = refill();
            p = pos;
            e = end;
            if (!more) {
                if (fatal)
                    return fail(*fatal);
                switch (state) {
                case State::RecordStart:
                    return false;
                case State::Quoted:
                    fatal = error(u"The quoted field %1 is never closed: the file ends inside it. "
                                  u"A quote is probably missing, or one inside the field is not "
                                  u"doubled."_s.arg(fieldNumber()),
                        fieldLine, fieldNumber());
                    return fail(*fatal);
                case State::FieldStart:
                case State::Unquoted:
                case State::QuoteSeen:
                    endField();
                    return endRecord();
                }
            }
            continue;
        }
        switch (state) {
        case State::RecordStart:
            // Blank lines between records are skipped; an LF after a CR is the same line break.
            while (p < e) {
                if (*p == u'\n') {
                    if (previous(p) != u'\r')
                        ++line;
                } else if (*p == u'\r') {
                    ++line;
                } else {
                    break;
                }
                ++p;
            }
            if (p == e)
                continue;
            record.line = line;
            state = State::FieldStart;
            [[fallthrough]];
        case State::FieldStart:
            fieldLine = line;
            if (*p == u'"') {
                ++p;
                state = State::Quoted;
                continue;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const char16_t *q = p;
            while (q < e && !(cls[*q] & kEndsUnquoted))
                ++q;
            append(p, q - p);
            p = q;
            if (p == e)
                continue;
            const char16_t c = *p++;
            if (c == delim) {
                endField();
                state = State::FieldStart;
                continue;
            }
            if (c == u'\r' || c == u'\n') {
                ++line; // a record never starts with a line break, so this one is not after a CR
                endField();
                return endRecord();
            }
            if (cls[c] & kControl) {
                controlSeen(c);
                continue;
            }
            pos = p;
            fatal = notText(line);
            return fail(*fatal);
        }
        case State::Quoted: {
            const char16_t *q = p;
            while (q < e && !(cls[*q] & kEndsQuoted))
                ++q;
            append(p, q - p);
            p = q;
            if (p == e)
                continue;
            const char16_t c = *p;
            if (c == u'"') {
                ++p;
                state = State::QuoteSeen;
                continue;
            }
            if (c == u'\r') {
                ++line;
            } else if (c == u'\n') {
                if (previous(p) != u'\r')
                    ++line;
            } else if (cls[c] & kControl) {
                controlSeen(c);
                ++p;
                continue;
            } else {
                pos = p;
                fatal = notText(line);
                return fail(*fatal);
            }
            append(p, 1);
            ++p;
            continue;
        }
        case State::QuoteSeen: {
            const char16_t c = *p;
            if (c == u'"') {
                append(p, 1); // "" inside a quoted field
                ++p;
                state = State::Quoted;
                continue;
            }
            if (c == delim) {
                ++p;
                endField();
                state = State::FieldStart;
                continue;
            }
            if (c == u'\r' || c == u'\n') {
                ++p;
                ++line;
                endField();
                return endRecord();
            }
            // Text after the closing quote: an error for the record, read on as `"abc"x` → abcx.
            if (!recordError) {
                recordError = error(u"Field %1 has text after its closing quote; a quote inside "
                                    u"a quoted field must be doubled (\"\")."_s.arg(fieldNumber()),
                    line, fieldNumber());
            }
            state = State::Unquoted;
            continue;
        }
        }
    }
}

QString CsvReader::encoding() const
{
    return d->decoder.name();
}

bool CsvReader::hasBom() const
{
    return d->hasBom;
}

QChar CsvReader::delimiter() const
{
    return QChar(d->delimiter);
}

qint64 CsvReader::bytesRead() const
{
    return d->bytesRead;
}

qint64 CsvReader::totalBytes() const
{
    return d->totalBytes;
}

QString CsvReader::fileName() const
{
    return d->fileName;
}

} // namespace lf
