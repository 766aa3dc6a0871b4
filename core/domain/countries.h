#pragma once

#include <QString>
#include <QStringView>

namespace lf::countries {

/// ISO 3166-1 alpha-2 for an alpha-2 or alpha-3 code or a country name in English, German, French
/// or Spanish (a few common Portuguese, Italian and native names too), or empty when unknown.
/// Matching ignores case, accents, punctuation, spacing and a leading article ("The Netherlands",
/// "L'Allemagne"). Inverted names ("Korea, Republic of") and a trailing remark in parentheses
/// ("Myanmar (Burma)") are understood. Thread-safe; the lookup table is built on first use.
QString codeFor(QStringView raw);

/// Whether code is an assigned ISO 3166-1 alpha-2 code (or XK, Kosovo), in upper case.
bool isCode(QStringView code);

} // namespace lf::countries
