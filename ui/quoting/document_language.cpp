#include "document_language.h"

#include <QCoreApplication>

namespace hectare::ui {
namespace {

// English is the source language, so English text is the source text itself. It cannot be left
// to hectare_en.qm: that file only fills in plural forms, and a message it leaves empty would
// fall through to the translators below it (French, when the window is in French). Plurals
// ("%n month(s)") do come from hectare_en.qm, or stay as written when it has none.
class EnglishTranslator : public QTranslator
{
public:
    EnglishTranslator() : m_hasPlurals(m_plurals.load(QStringLiteral(":/i18n/hectare_en.qm"))) {}

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        if (!sourceText)
            return {};
        if (n >= 0 && m_hasPlurals) {
            const QString plural = m_plurals.translate(context, sourceText, disambiguation, n);
            if (!plural.isEmpty())
                return plural;
        }
        return QString::fromUtf8(sourceText);
    }

    bool isEmpty() const override { return false; }

private:
    QTranslator m_plurals;
    bool m_hasPlurals;
};

} // namespace

DocumentLanguage::DocumentLanguage(const QString &language) : m_language(language)
{
    if (language == QLatin1String("en")) {
        m_translator = std::make_unique<EnglishTranslator>();
    } else if (language == QLatin1String("fr")) {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/i18n/hectare_fr.qm")))
            m_translator.reset();
    }
    // The last translator installed is asked first, so this one wins over the application's.
    if (m_translator && QCoreApplication::instance()) {
        QCoreApplication::installTranslator(m_translator.get());
        m_installed = true;
    }
}

DocumentLanguage::~DocumentLanguage()
{
    if (m_installed)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList DocumentLanguage::supportedLanguages()
{
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

bool DocumentLanguage::isSupported(const QString &language)
{
    return supportedLanguages().contains(language);
}

QLocale DocumentLanguage::locale() const
{
    if (m_language == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::Togo);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace hectare::ui
