#include "countries.h"

#include "normalizer.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <utility>

namespace lf::countries {

namespace {

struct CountryEntry
{
    const char16_t *alpha2;
    const char16_t *alpha3;
    /// Common names and aliases, '|'-separated, in English (beside Qt's English name), German,
    /// French and Spanish; empty for territories where Qt's English name is all we know.
    const char16_t *names;
};

// Every ISO 3166-1 entry: the alpha-3 codes of all, the names of the ~140 countries leads most
// often come from.
constexpr CountryEntry kCountries[] = {
    {u"AD", u"AND", u"Andorra|Andorre"},
    {u"AE", u"ARE",
        u"United Arab Emirates|UAE|Emirates|Vereinigte Arabische Emirate|VAE|Émirats arabes "
        u"unis|EAU|Emiratos Árabes Unidos"},
    {u"AF", u"AFG", u"Afghanistan|Afganistán"},
    {u"AG", u"ATG", u""},
    {u"AI", u"AIA", u""},
    {u"AL", u"ALB", u"Albania|Albanien|Albanie"},
    {u"AM", u"ARM", u"Armenia|Armenien|Arménie"},
    {u"AO", u"AGO", u"Angola"},
    {u"AQ", u"ATA", u""},
    {u"AR", u"ARG", u"Argentina|Argentinien|Argentine"},
    {u"AS", u"ASM", u""},
    {u"AT", u"AUT", u"Austria|Österreich|Autriche"},
    {u"AU", u"AUS", u"Australia|Australien|Australie"},
    {u"AW", u"ABW", u""},
    {u"AX", u"ALA", u""},
    {u"AZ", u"AZE", u"Azerbaijan|Aserbaidschan|Azerbaïdjan|Azerbaiyán"},
    {u"BA", u"BIH",
        u"Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia|Bosnien und "
        u"Herzegowina|Bosnien-Herzegowina|Bosnie-Herzégovine|Bosnia y Herzegovina"},
    {u"BB", u"BRB", u""},
    {u"BD", u"BGD", u"Bangladesh|Bangladesch|Bangladés"},
    {u"BE", u"BEL", u"Belgium|Belgien|Belgique|Bélgica|België"},
    {u"BF", u"BFA", u""},
    {u"BG", u"BGR", u"Bulgaria|Bulgarien|Bulgarie"},
    {u"BH", u"BHR", u"Bahrain|Bahreïn|Baréin"},
    {u"BI", u"BDI", u""},
    {u"BJ", u"BEN", u""},
    {u"BL", u"BLM", u""},
    {u"BM", u"BMU", u""},
    {u"BN", u"BRN", u""},
    {u"BO", u"BOL", u"Bolivia|Bolivien|Bolivie"},
    {u"BQ", u"BES", u""},
    {u"BR", u"BRA", u"Brazil|Brasilien|Brésil|Brasil"},
    {u"BS", u"BHS", u"Bahamas|Bahamas"},
    {u"BT", u"BTN", u""},
    {u"BV", u"BVT", u""},
    {u"BW", u"BWA", u""},
    {u"BY", u"BLR", u"Belarus|Weißrussland|Biélorussie|Bielorrusia"},
    {u"BZ", u"BLZ", u""},
    {u"CA", u"CAN", u"Canada|Kanada|Canadá"},
    {u"CC", u"CCK", u""},
    {u"CD", u"COD",
        u"Democratic Republic of the Congo|DR Congo|DRC|Congo-Kinshasa|Demokratische Republik "
        u"Kongo|République démocratique du Congo|RDC|República Democrática del Congo"},
    {u"CF", u"CAF", u""},
    {u"CG", u"COG",
        u"Congo|Republic of the Congo|Congo-Brazzaville|Republik Kongo|Kongo|République du "
        u"Congo|República del Congo"},
    {u"CH", u"CHE", u"Switzerland|Schweiz|Suisse|Suiza|Svizzera|Suíça"},
    {u"CI", u"CIV", u"Côte d'Ivoire|Ivory Coast|Elfenbeinküste|Costa de Marfil"},
    {u"CK", u"COK", u""},
    {u"CL", u"CHL", u"Chile|Chili"},
    {u"CM", u"CMR", u"Cameroon|Kamerun|Cameroun|Camerún"},
    {u"CN", u"CHN", u"China|People's Republic of China|PRC|Volksrepublik China|Chine"},
    {u"CO", u"COL", u"Colombia|Kolumbien|Colombie"},
    {u"CR", u"CRI", u"Costa Rica"},
    {u"CU", u"CUB", u"Cuba|Kuba"},
    {u"CV", u"CPV", u""},
    {u"CW", u"CUW", u""},
    {u"CX", u"CXR", u""},
    {u"CY", u"CYP", u"Cyprus|Zypern|Chypre|Chipre"},
    {u"CZ", u"CZE",
        u"Czechia|Czech Republic|Tschechien|Tschechische Republik|Tchéquie|République "
        u"tchèque|Chequia|República Checa"},
    {u"DE", u"DEU",
        u"Germany|Deutschland|Bundesrepublik Deutschland|BRD|Allemagne|Alemania|Alemanha|Germania"},
    {u"DJ", u"DJI", u""},
    {u"DK", u"DNK", u"Denmark|Dänemark|Danemark|Dinamarca"},
    {u"DM", u"DMA", u""},
    {u"DO", u"DOM",
        u"Dominican Republic|Dominikanische Republik|République dominicaine|República Dominicana"},
    {u"DZ", u"DZA", u"Algeria|Algerien|Algérie|Argelia"},
    {u"EC", u"ECU", u"Ecuador|Équateur"},
    {u"EE", u"EST", u"Estonia|Estland|Estonie"},
    {u"EG", u"EGY", u"Egypt|Ägypten|Égypte|Egipto"},
    {u"EH", u"ESH", u""},
    {u"ER", u"ERI", u""},
    {u"ES", u"ESP",
        u"Spain|Spanien|Espagne|España|Espanha|Spagna|Canary Islands|Islas Canarias|Kanarische "
        u"Inseln|Kanaren|Îles Canaries|Canaries|Ceuta|Melilla"},
    {u"ET", u"ETH", u"Ethiopia|Äthiopien|Éthiopie|Etiopía"},
    {u"FI", u"FIN", u"Finland|Finnland|Finlande|Finlandia|Suomi"},
    {u"FJ", u"FJI", u""},
    {u"FK", u"FLK", u""},
    {u"FM", u"FSM", u""},
    {u"FO", u"FRO", u""},
    {u"FR", u"FRA", u"France|Frankreich|Francia|França"},
    {u"GA", u"GAB", u""},
    {u"GB", u"GBR",
        u"United Kingdom|UK|U.K.|Great Britain|Britain|England|Scotland|Wales|Northern "
        u"Ireland|United Kingdom of Great Britain and Northern Ireland|Vereinigtes "
        u"Königreich|Großbritannien|Schottland|Nordirland|Royaume-Uni|Grande-Bretagne|Angleterre|"
        u"Écosse|Pays de Galles|Irlande du Nord|Reino Unido|Gran "
        u"Bretaña|Inglaterra|Escocia|Gales|Irlanda del Norte"},
    {u"GD", u"GRD", u""},
    {u"GE", u"GEO", u"Georgia|Georgien|Géorgie"},
    {u"GF", u"GUF", u""},
    {u"GG", u"GGY", u""},
    {u"GH", u"GHA", u"Ghana"},
    {u"GI", u"GIB", u""},
    {u"GL", u"GRL", u""},
    {u"GM", u"GMB", u""},
    {u"GN", u"GIN", u""},
    {u"GP", u"GLP", u""},
    {u"GQ", u"GNQ", u""},
    {u"GR", u"GRC", u"Greece|Griechenland|Grèce|Grecia|Hellas"},
    {u"GS", u"SGS", u""},
    {u"GT", u"GTM", u"Guatemala"},
    {u"GU", u"GUM", u""},
    {u"GW", u"GNB", u""},
    {u"GY", u"GUY", u""},
    {u"HK", u"HKG", u"Hong Kong|Hongkong|Hong Kong SAR|Hong Kong SAR China"},
    {u"HM", u"HMD", u""},
    {u"HN", u"HND", u"Honduras"},
    {u"HR", u"HRV", u"Croatia|Kroatien|Croatie|Croacia|Hrvatska"},
    {u"HT", u"HTI", u""},
    {u"HU", u"HUN", u"Hungary|Ungarn|Hongrie|Hungría|Magyarország"},
    {u"ID", u"IDN", u"Indonesia|Indonesien|Indonésie"},
    {u"IE", u"IRL", u"Ireland|Republic of Ireland|Eire|Irland|Irlande|Irlanda"},
    {u"IL", u"ISR", u"Israel|Israël"},
    {u"IM", u"IMN", u""},
    {u"IN", u"IND", u"India|Indien|Inde"},
    {u"IO", u"IOT", u""},
    {u"IQ", u"IRQ", u"Iraq|Irak"},
    {u"IR", u"IRN", u"Iran|Islamic Republic of Iran|Irán"},
    {u"IS", u"ISL", u"Iceland|Island|Islande|Islandia"},
    {u"IT", u"ITA", u"Italy|Italien|Italie|Italia|Itália"},
    {u"JE", u"JEY", u""},
    {u"JM", u"JAM", u"Jamaica|Jamaika|Jamaïque"},
    {u"JO", u"JOR", u"Jordan|Jordanien|Jordanie|Jordania"},
    {u"JP", u"JPN", u"Japan|Japon|Japón|Japão|Giappone|Nippon|Nihon"},
    {u"KE", u"KEN", u"Kenya|Kenia"},
    {u"KG", u"KGZ", u""},
    {u"KH", u"KHM", u"Cambodia|Kambodscha|Cambodge|Camboya"},
    {u"KI", u"KIR", u""},
    {u"KM", u"COM", u""},
    {u"KN", u"KNA", u""},
    {u"KP", u"PRK",
        u"North Korea|Democratic People's Republic of Korea|DPRK|Nordkorea|Corée du Nord|Corea del "
        u"Norte"},
    {u"KR", u"KOR",
        u"South Korea|Korea|Republic of Korea|Südkorea|Corée du Sud|Corée|Corea del Sur|Corea"},
    {u"KW", u"KWT", u"Kuwait|Koweït"},
    {u"KY", u"CYM", u""},
    {u"KZ", u"KAZ", u"Kazakhstan|Kasachstan|Kazajistán|Kazajstán"},
    {u"LA", u"LAO", u""},
    {u"LB", u"LBN", u"Lebanon|Libanon|Liban|Líbano"},
    {u"LC", u"LCA", u""},
    {u"LI", u"LIE", u"Liechtenstein"},
    {u"LK", u"LKA", u"Sri Lanka"},
    {u"LR", u"LBR", u""},
    {u"LS", u"LSO", u""},
    {u"LT", u"LTU", u"Lithuania|Litauen|Lituanie|Lituania"},
    {u"LU", u"LUX", u"Luxembourg|Luxemburg|Luxemburgo"},
    {u"LV", u"LVA", u"Latvia|Lettland|Lettonie|Letonia"},
    {u"LY", u"LBY", u"Libya|Libyen|Libye|Libia"},
    {u"MA", u"MAR", u"Morocco|Marokko|Maroc|Marruecos"},
    {u"MC", u"MCO", u"Monaco|Mónaco"},
    {u"MD", u"MDA", u"Moldova|Republic of Moldova|Moldau|Moldawien|Moldavie|Moldavia"},
    {u"ME", u"MNE", u"Montenegro|Monténégro"},
    {u"MF", u"MAF", u""},
    {u"MG", u"MDG", u""},
    {u"MH", u"MHL", u""},
    {u"MK", u"MKD",
        u"North Macedonia|Macedonia|Nordmazedonien|Mazedonien|Macédoine du "
        u"Nord|Macédoine|Macedonia del Norte"},
    {u"ML", u"MLI", u""},
    {u"MM", u"MMR", u"Myanmar|Burma|Birma|Birmanie|Birmania"},
    {u"MN", u"MNG", u"Mongolia|Mongolei|Mongolie"},
    {u"MO", u"MAC", u"Macao|Macau|Macao SAR|Macau SAR|Macao SAR China"},
    {u"MP", u"MNP", u""},
    {u"MQ", u"MTQ", u""},
    {u"MR", u"MRT", u""},
    {u"MS", u"MSR", u""},
    {u"MT", u"MLT", u"Malta|Malte"},
    {u"MU", u"MUS", u"Mauritius|Maurice|Mauricio"},
    {u"MV", u"MDV", u""},
    {u"MW", u"MWI", u""},
    {u"MX", u"MEX", u"Mexico|Mexiko|Mexique|México"},
    {u"MY", u"MYS", u"Malaysia|Malaisie|Malasia"},
    {u"MZ", u"MOZ", u"Mozambique|Mosambik"},
    {u"NA", u"NAM", u"Namibia|Namibie"},
    {u"NC", u"NCL", u""},
    {u"NE", u"NER", u""},
    {u"NF", u"NFK", u""},
    {u"NG", u"NGA", u"Nigeria|Nigéria"},
    {u"NI", u"NIC", u"Nicaragua"},
    {u"NL", u"NLD",
        u"Netherlands|Holland|Niederlande|Pays-Bas|Hollande|Países Bajos|Holanda|Nederland"},
    {u"NO", u"NOR", u"Norway|Norwegen|Norvège|Noruega|Norge"},
    {u"NP", u"NPL", u"Nepal|Népal"},
    {u"NR", u"NRU", u""},
    {u"NU", u"NIU", u""},
    {u"NZ", u"NZL", u"New Zealand|Neuseeland|Nouvelle-Zélande|Nueva Zelanda|Aotearoa"},
    {u"OM", u"OMN", u"Oman|Omán"},
    {u"PA", u"PAN", u"Panama|Panamá"},
    {u"PE", u"PER", u"Peru|Pérou|Perú"},
    {u"PF", u"PYF", u""},
    {u"PG", u"PNG", u""},
    {u"PH", u"PHL", u"Philippines|Philippinen|Filipinas"},
    {u"PK", u"PAK", u"Pakistan|Pakistán"},
    {u"PL", u"POL", u"Poland|Polen|Pologne|Polonia|Polska"},
    {u"PM", u"SPM", u""},
    {u"PN", u"PCN", u""},
    {u"PR", u"PRI", u"Puerto Rico|Porto Rico"},
    {u"PS", u"PSE", u"Palestine|State of Palestine|Palästina|Palestina"},
    {u"PT", u"PRT", u"Portugal"},
    {u"PW", u"PLW", u""},
    {u"PY", u"PRY", u"Paraguay"},
    {u"QA", u"QAT", u"Qatar|Katar|Catar"},
    {u"RE", u"REU", u""},
    {u"RO", u"ROU", u"Romania|Rumänien|Roumanie|Rumania|România"},
    {u"RS", u"SRB", u"Serbia|Serbien|Serbie"},
    {u"RU", u"RUS",
        u"Russia|Russian Federation|Russland|Russische Föderation|Russie|Fédération de "
        u"Russie|Rusia|Federación de Rusia"},
    {u"RW", u"RWA", u"Rwanda|Ruanda"},
    {u"SA", u"SAU", u"Saudi Arabia|Saudi-Arabien|Arabie saoudite|Arabia Saudita|Arabia Saudí"},
    {u"SB", u"SLB", u""},
    {u"SC", u"SYC", u""},
    {u"SD", u"SDN", u"Sudan|Soudan|Sudán"},
    {u"SE", u"SWE", u"Sweden|Schweden|Suède|Suecia|Sverige"},
    {u"SG", u"SGP", u"Singapore|Singapur|Singapour"},
    {u"SH", u"SHN", u""},
    {u"SI", u"SVN", u"Slovenia|Slowenien|Slovénie|Eslovenia"},
    {u"SJ", u"SJM", u""},
    {u"SK", u"SVK", u"Slovakia|Slowakei|Slovaquie|Eslovaquia"},
    {u"SL", u"SLE", u""},
    {u"SM", u"SMR", u""},
    {u"SN", u"SEN", u"Senegal|Sénégal"},
    {u"SO", u"SOM", u""},
    {u"SR", u"SUR", u""},
    {u"SS", u"SSD", u""},
    {u"ST", u"STP", u""},
    {u"SV", u"SLV", u"El Salvador"},
    {u"SX", u"SXM", u""},
    {u"SY", u"SYR", u"Syria|Syrien|Syrie|Siria"},
    {u"SZ", u"SWZ", u""},
    {u"TC", u"TCA", u""},
    {u"TD", u"TCD", u""},
    {u"TF", u"ATF", u""},
    {u"TG", u"TGO", u""},
    {u"TH", u"THA", u"Thailand|Thaïlande|Tailandia"},
    {u"TJ", u"TJK", u""},
    {u"TK", u"TKL", u""},
    {u"TL", u"TLS", u""},
    {u"TM", u"TKM", u""},
    {u"TN", u"TUN", u"Tunisia|Tunesien|Tunisie|Túnez"},
    {u"TO", u"TON", u""},
    {u"TR", u"TUR", u"Turkey|Türkiye|Türkei|Turquie|Turquía"},
    {u"TT", u"TTO", u"Trinidad and Tobago|Trinidad und Tobago|Trinité-et-Tobago|Trinidad y Tobago"},
    {u"TV", u"TUV", u""},
    {u"TW", u"TWN", u"Taiwan|Taïwan|Taiwán"},
    {u"TZ", u"TZA", u"Tanzania|Tansania|Tanzanie"},
    {u"UA", u"UKR", u"Ukraine|Ucrania"},
    {u"UG", u"UGA", u"Uganda|Ouganda"},
    {u"UM", u"UMI", u""},
    {u"US", u"USA",
        u"United States|United States of America|USA|U.S.|U.S.A.|America|Vereinigte "
        u"Staaten|Vereinigte Staaten von Amerika|Amerika|États-Unis|États-Unis d'Amérique|Estados "
        u"Unidos|Estados Unidos de América|EE. UU.|EEUU|EUA"},
    {u"UY", u"URY", u"Uruguay"},
    {u"UZ", u"UZB", u"Uzbekistan|Usbekistan|Ouzbékistan|Uzbekistán"},
    {u"VA", u"VAT",
        u"Vatican City|Holy See|Vatican|Vatikanstadt|Vatikan|Cité du Vatican|Vaticano|Ciudad del "
        u"Vaticano"},
    {u"VC", u"VCT", u""},
    {u"VE", u"VEN", u"Venezuela|Vénézuela"},
    {u"VG", u"VGB", u""},
    {u"VI", u"VIR", u""},
    {u"VN", u"VNM", u"Vietnam|Viet Nam|Viêt Nam"},
    {u"VU", u"VUT", u""},
    {u"WF", u"WLF", u""},
    {u"WS", u"WSM", u""},
    {u"YE", u"YEM", u"Yemen|Jemen|Yémen"},
    {u"YT", u"MYT", u""},
    {u"ZA", u"ZAF", u"South Africa|Südafrika|Afrique du Sud|Sudáfrica|Suráfrica"},
    {u"ZM", u"ZMB", u"Zambia|Sambia|Zambie"},
    {u"ZW", u"ZWE", u"Zimbabwe|Simbabwe"},
};

/// Codes Qt's territory list has that are not ISO 3166-1 countries: continents, the EU and the
/// exceptionally reserved codes (Canary Islands "IC" belong to Spain, for instance). XK (Kosovo) is
/// user-assigned but used everywhere, libphonenumber included, so it stays.
bool isExcludedQtCode(QStringView code)
{
    static constexpr QStringView excluded[] = {
        u"AC", u"CP", u"DG", u"EA", u"EU", u"EZ", u"IC", u"QO", u"TA", u"UN", u"ZZ"};
    for (QStringView e : excluded) {
        if (code == e)
            return true;
    }
    return false;
}

bool isUpperAlpha2(QStringView code)
{
    return code.size() == 2 && code[0] >= u'A' && code[0] <= u'Z' && code[1] >= u'A'
        && code[1] <= u'Z';
}

const QSet<QString> &codeSet()
{
    static const QSet<QString> codes = [] {
        QSet<QString> set;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const QString code = QLocale::territoryToCode(QLocale::Territory(t));
            if (isUpperAlpha2(code) && !isExcludedQtCode(code))
                set.insert(code);
        }
        for (const CountryEntry &entry : kCountries)
            set.insert(QString::fromUtf16(entry.alpha2));
        return set;
    }();
    return codes;
}

bool isArticle(QStringView word)
{
    static constexpr QStringView articles[] = {
        u"the", u"la", u"le", u"les", u"l", u"el", u"los", u"las", u"die", u"der", u"das"};
    for (QStringView a : articles) {
        if (word.compare(a, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// The folded lookup key: "The Netherlands" → "netherlands", "L'Allemagne" → "allemagne",
/// "U.S." → "us".
QString countryKey(QStringView text)
{
    text = text.trimmed();
    qsizetype end = 0;
    while (
        end < text.size() && !text[end].isSpace() && text[end] != u'\'' && text[end] != u'\u2019')
        ++end;
    if (end < text.size() && isArticle(text.first(end))) {
        const QString rest = Normalizer::foldKey(text.sliced(end));
        if (!rest.isEmpty())
            return rest;
    }
    return Normalizer::foldKey(text);
}

const QHash<QString, QString> &lookupTable()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> hash;
        hash.reserve(1400);
        const auto insert = [&hash](QStringView name, const QString &code) {
            const QString key = countryKey(name);
            if (!key.isEmpty() && !hash.contains(key))
                hash.insert(key, code);
        };
        // German names also as typed without umlauts: "Oesterreich", "Tuerkei", "Daenemark".
        const auto add = [&insert](QStringView name, const QString &code) {
            insert(name, code);
            static constexpr std::pair<char16_t, QStringView> umlauts[] = {{u'ä', u"ae"},
                {u'ö', u"oe"}, {u'ü', u"ue"}, {u'Ä', u"Ae"}, {u'Ö', u"Oe"}, {u'Ü', u"Ue"}};
            QString spelled = name.toString();
            for (const auto &[umlaut, replacement] : umlauts)
                spelled.replace(QChar(umlaut), replacement.toString());
            if (spelled != name)
                insert(spelled, code);
        };
        // Codes first, then the curated names, then Qt's English names: the first claim of a key
        // wins.
        for (const QString &code : codeSet())
            hash.insert(code.toLower(), code);
        for (const CountryEntry &entry : kCountries)
            add(entry.alpha3, QString::fromUtf16(entry.alpha2));
        for (const CountryEntry &entry : kCountries) {
            const QString code = QString::fromUtf16(entry.alpha2);
            for (QStringView name : QStringView(entry.names).tokenize(u'|'))
                add(name, code);
        }
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (codeSet().contains(code))
                add(QLocale::territoryToString(territory), code);
        }
        return hash;
    }();
    return table;
}

QString lookup(QStringView text)
{
    const QString key = countryKey(text);
    if (key.isEmpty())
        return {};
    return lookupTable().value(key);
}

} // namespace

QString codeFor(QStringView raw)
{
    const QStringView text = raw.trimmed();
    if (text.isEmpty())
        return {};
    if (QString code = lookup(text); !code.isEmpty())
        return code;

    // "Myanmar (Burma)", "Korea (South)": the name without the remark in parentheses.
    if (const qsizetype open = text.indexOf(u'('); open > 0) {
        if (QString code = lookup(text.first(open)); !code.isEmpty())
            return code;
    }
    // "Korea, Republic of", "Iran, Islamic Republic of": the part before the comma, unless the
    // part after it names a country too ("Georgia, USA" is ambiguous and stays unknown).
    if (const qsizetype comma = text.indexOf(u','); comma > 0) {
        if (lookup(text.sliced(comma + 1)).isEmpty())
            return lookup(text.first(comma));
    }
    return {};
}

bool isCode(QStringView code)
{
    return isUpperAlpha2(code) && codeSet().contains(code.toString());
}

} // namespace lf::countries
