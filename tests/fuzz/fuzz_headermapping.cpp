// libFuzzer target: lf::HeaderMapping on arbitrary header rows (docs/fuzzing.md).
//
// The input is one header row: its bytes as UTF-8 (and, a second time, as raw UTF-16 code units,
// which can hold lone surrogates) split into cells at commas. Besides crashes, leaks and undefined
// behaviour, the promises of headermapping.h are checked: one suggestion per header, never the
// same field twice, a full-name column is alone and only where no column gives a first or last
// name, suggestAll() and suggest() agree with suggestColumns() and suggestColumn(), and a
// normalized header is letters and digits that normalize to themselves.

#include "io/headermapping.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using lf::HeaderMapping;
using lf::LeadField;

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_headermapping: broken promise: %s\n", what);
        std::abort();
    }
}

void checkHeaders(QStringList headers)
{
    const QList<HeaderMapping::Suggestion> suggestions = HeaderMapping::suggestColumns(headers);
    check(suggestions.size() == headers.size(), "one suggestion per header");

    QSet<int> fields;
    qsizetype fullNames = 0;
    for (const HeaderMapping::Suggestion &s : suggestions) {
        check(!(s.field && s.isFullName), "a full-name column has no field");
        if (s.field) {
            check(!fields.contains(int(*s.field)), "never the same field twice");
            fields.insert(int(*s.field));
        }
        fullNames += s.isFullName ? 1 : 0;
    }
    check(fullNames <= 1, "at most one full-name column");
    if (fullNames == 1) {
        check(!fields.contains(int(LeadField::FirstName))
                && !fields.contains(int(LeadField::LastName)),
            "a full-name column only where no column gives the first or last name");
    }

    const QList<std::optional<LeadField>> all = HeaderMapping::suggestAll(headers);
    check(all.size() == headers.size(), "suggestAll() gives one field per header");
    for (qsizetype i = 0; i < headers.size(); ++i)
        check(all[i] == suggestions[i].field, "suggestAll() is suggestColumns() as fields");

    for (const QString &header : headers) {
        const HeaderMapping::Suggestion alone = HeaderMapping::suggestColumn(header);
        check(HeaderMapping::suggest(header) == alone.field, "suggest() is suggestColumn().field");
        check(HeaderMapping::suggestColumns({header}).value(0) == alone,
            "a column on its own gets its own suggestion");
        const QString key = HeaderMapping::normalizeHeader(header);
        for (const char32_t c : key.toUcs4())
            check(QChar::isLetterOrNumber(c), "a normalized header is letters and digits only");
        check(HeaderMapping::normalizeHeader(key) == key, "normalizing a key keeps it");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const auto *chars = reinterpret_cast<const char *>(bytes);
    checkHeaders(QString::fromUtf8(chars, qsizetype(size)).split(u','));
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(utf16.data(), bytes, size_t(utf16.size()) * sizeof(QChar));
    checkHeaders(utf16.split(u','));
    return 0;
}
