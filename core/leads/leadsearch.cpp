#include "leadsearch.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

/// Letters, digits, private-use characters and combining marks: the tokenizer's categories
/// 'L* N* Co M*'. Marks belong to the word they sit in (Devanagari vowel signs, Arabic harakat).
bool isWordCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

/// Scripts written without spaces between words: a name in them is one long "word" to the
/// tokenizer, so a search for part of it must look for a substring.
bool runsWordsTogether(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
    case QChar::Script_Yi:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
    case QChar::Script_Tibetan:
        return true;
    default:
        return false;
    }
}

/// Calls f(code point, index of its first code unit) for each.
template<typename F>
void forEachCodePoint(QStringView text, F &&f)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, text[i + 1]), i);
            i += 2;
        } else {
            f(char32_t(c.unicode()), i);
            ++i;
        }
    }
}

} // namespace

LeadSearch::LeadSearch(const QString &text)
{
    const QString folded = text.toCaseFolded();
    static const QRegularExpression space(u"\\s+"_s);
    for (const QString &word : folded.split(space, Qt::SkipEmptyParts)) {
        bool together = false;
        forEachCodePoint(
            word, [&](char32_t c, qsizetype) { together = together || runsWordsTogether(c); });
        if (together) {
            m_substrings << word;
            continue;
        }
        for (QStringView part : words(word))
            m_prefixes << part.toString();
    }
    m_nothing = m_prefixes.isEmpty() && m_substrings.isEmpty() && !folded.trimmed().isEmpty();
}

QString LeadSearch::matchExpression() const
{
    QStringList terms;
    for (const QString &prefix : m_prefixes) {
        QString quoted = prefix;
        quoted.replace(u'"', u"\"\""_s);
        terms << u"\"%1\"*"_s.arg(quoted);
    }
    return terms.join(u" AND "_s);
}

bool LeadSearch::matches(QStringView searchText) const
{
    if (m_nothing)
        return false;
    for (const QString &substring : m_substrings) {
        if (!searchText.contains(substring))
            return false;
    }
    // A prefix begins a word where it occurs after a character that is not part of a word (or at
    // the start): the prefix itself is made of word characters. This finds it without splitting
    // the text, which matters for the thousands of rows a first page may look through.
    auto beginsWord = [searchText](qsizetype at) {
        if (at == 0)
            return true;
        char32_t before = searchText[at - 1].unicode();
        if (QChar::isLowSurrogate(before) && at >= 2 && searchText[at - 2].isHighSurrogate())
            before = QChar::surrogateToUcs4(searchText[at - 2], searchText[at - 1]);
        return !isWordCharacter(before);
    };
    for (const QString &prefix : m_prefixes) {
        bool found = false;
        for (qsizetype at = searchText.indexOf(prefix); at >= 0 && !found;
             at = searchText.indexOf(prefix, at + 1))
            found = beginsWord(at);
        if (!found)
            return false;
    }
    return true;
}

QList<QStringView> LeadSearch::words(QStringView text)
{
    QList<QStringView> out;
    qsizetype start = -1;
    forEachCodePoint(text, [&](char32_t c, qsizetype at) {
        if (isWordCharacter(c)) {
            if (start < 0)
                start = at;
        } else if (start >= 0) {
            out << text.mid(start, at - start);
            start = -1;
        }
    });
    if (start >= 0)
        out << text.mid(start);
    return out;
}

QString LeadSearch::tokenizer()
{
    return u"unicode61 remove_diacritics 0 categories 'L* N* Co M*'"_s;
}

} // namespace lf
