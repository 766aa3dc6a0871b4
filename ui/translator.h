#pragma once

#include <QHash>
#include <QLocale>
#include <QTranslator>

namespace lf {

/// Leadflow's compiled translation (:/i18n/leadflow_<lang>.qm) with a fallback by source text.
///
/// Some core code translates its messages under a short context of its own ("Routing", "Users"),
/// while lupdate files each message under the class its call sits in ("lf::Router"). When the
/// exact context has no entry, the same English text is looked up in any context, from the .ts
/// file embedded beside the .qm, so those messages are translated too.
class LeadflowTranslator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    /// Loads the translation for the locale's language; false when Leadflow ships none (English).
    bool loadFor(const QLocale &locale);

    QString translate(const char *context, const char *sourceText,
        const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override;

    /// How many texts the fallback knows (for tests).
    qsizetype fallbackSize() const { return m_bySource.size(); }

private:
    QHash<QString, QString> m_bySource;
};

} // namespace lf
