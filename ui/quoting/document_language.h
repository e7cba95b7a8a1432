#pragma once

// A document in its own language, whatever the window's: customer documents (quotes) are written
// in the language of the customer, not of the salesperson's session. While a DocumentLanguage
// lives, QCoreApplication::translate() answers in that language, and locale() formats numbers
// and dates for it. Build the document's text in that scope, on the GUI thread.

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace hectare::ui {

class DocumentLanguage
{
public:
    // `language` is "fr" or "en"; anything else changes nothing (see isSupported()).
    explicit DocumentLanguage(const QString &language);
    ~DocumentLanguage();
    DocumentLanguage(const DocumentLanguage &) = delete;
    DocumentLanguage &operator=(const DocumentLanguage &) = delete;

    static QStringList supportedLanguages();   // "fr", "en"
    static bool isSupported(const QString &language);

    // False when the language is not supported or its translations could not be loaded (the
    // program was built without hectare_i18n): then the text would come out in the window's language.
    bool isActive() const { return m_installed; }
    QString language() const { return m_language; }
    // fr_TG (1 234 567, "1 mars 2026") or en_GB (1,234,567, "1 March 2026").
    QLocale locale() const;

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
    bool m_installed = false;
};

} // namespace hectare::ui
