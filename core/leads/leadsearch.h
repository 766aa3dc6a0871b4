#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace lf {

/// The quick search over leads: what a search text matches, in SQL and in C++ alike.
///
/// A lead's search text is its first and last name, company and normalized email, case-folded
/// (leads.search_text). Its words are the runs of letters, digits and combining marks, so
/// "o'brien-smith@example.com" holds "o", "brien", "smith", "example" and "com".
///
/// Each whitespace-separated word of a search must be found in the lead:
/// - a word in a script written with spaces is split the same way, and each of its parts must
///   begin a word of the lead ("smi" finds Smith, "j.smith" finds j.smith@…, "mith" does not);
///   these are answered by the full-text index lead_search (schema 8), so a rare word costs a few
///   milliseconds among a million leads;
/// - a word with Chinese, Japanese, Thai, Lao, Khmer, Myanmar or Tibetan characters (scripts that
///   run words together) must occur anywhere in the search text, as a substring: such names are
///   found by a scan of the leads.
/// Case is ignored (case folding, so in every script); accents are not. A search of punctuation
/// alone matches no lead.
class LeadSearch
{
public:
    explicit LeadSearch(const QString &text);

    /// True when the search is blank: every lead matches.
    bool isEmpty() const { return m_prefixes.isEmpty() && m_substrings.isEmpty() && !m_nothing; }
    /// True when the search has text but not one word in it ("%_", "--", "*"): no lead matches
    /// (a search for symbols never lists every lead).
    bool matchesNothing() const { return m_nothing; }
    /// The words that must begin a word of the lead, case-folded.
    const QStringList &prefixes() const { return m_prefixes; }
    /// The words that must occur anywhere in the search text, case-folded.
    const QStringList &substrings() const { return m_substrings; }
    /// The FTS5 MATCH expression for prefixes() ("\"smi\"* AND \"jo\"*"); empty when there are
    /// none.
    QString matchExpression() const;
    /// Whether a lead with this search text (as stored, case-folded) matches: the same answer as
    /// the SQL conditions, for filtering rows already read.
    bool matches(QStringView searchText) const;

    /// The words of a text as the index splits them (runs of letters, digits, private-use
    /// characters and combining marks), in order, unchanged.
    static QList<QStringView> words(QStringView text);
    /// The FTS5 table definition's tokenizer, which splits exactly as words() does.
    static QString tokenizer();

private:
    QStringList m_prefixes;
    QStringList m_substrings;
    bool m_nothing = false;
};

} // namespace lf
