#include "translator.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace lf {

bool LeadflowTranslator::loadFor(const QLocale &locale)
{
    m_bySource.clear();
    if (!load(locale, u"leadflow"_s, u"_"_s, u":/i18n"_s))
        return false;
    // The .ts beside the .qm: every finished, singular translation by its English text.
    for (const QString &name : locale.uiLanguages()) {
        QFile file(u":/i18n-source/leadflow_%1.ts"_s.arg(name.section(u'-', 0, 0)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            if (!xml.readNextStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const bool unfinished = xml.attributes().value(u"type"_s) == u"unfinished"_s;
                const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
                if (!unfinished && !text.isEmpty() && !source.isEmpty())
                    m_bySource.insert(source, text);
                source.clear();
            }
        }
        break;
    }
    return true;
}

QString LeadflowTranslator::translate(
    const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    const QString exact = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!exact.isEmpty() || n >= 0 || !sourceText)
        return exact;
    return m_bySource.value(QString::fromUtf8(sourceText));
}

bool LeadflowTranslator::isEmpty() const
{
    return QTranslator::isEmpty() && m_bySource.isEmpty();
}

} // namespace lf
