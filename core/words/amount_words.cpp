#include "words/amount_words.h"

#include <QCoreApplication>

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

namespace hectare {

namespace {

QString where() { return QCoreApplication::translate("hectare::AmountWords", "Amount in words"); }

} // namespace

Result<QString> amountInWords(qint64 francs, const QString &language)
{
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return Error{where(), QCoreApplication::translate("hectare::AmountWords",
                                                          "language \"%1\" is not supported (fr or en)")
                                  .arg(language)};
    if (francs > kMaxAmountInWords || francs < -kMaxAmountInWords)
        return Error{where(), QCoreApplication::translate("hectare::AmountWords",
                                                          "%1 is too large to spell out")
                                  .arg(francs)};

    // U_USING_DEFAULT_WARNING (rules found in a parent locale) is a success code; only
    // U_FAILURE means the formatter is unusable.
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale(language.toLatin1().constData());
    icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, locale, status);
    if (U_FAILURE(status))
        return Error{where(), QCoreApplication::translate("hectare::AmountWords",
                                                          "ICU cannot spell numbers in \"%1\": %2")
                                  .arg(language, QString::fromLatin1(u_errorName(status)))};

    icu::UnicodeString words;
    status = U_ZERO_ERROR;
    format.format(static_cast<int64_t>(francs), words, status);
    if (U_FAILURE(status))
        return Error{where(), QCoreApplication::translate("hectare::AmountWords",
                                                          "ICU could not spell %1: %2")
                                  .arg(QString::number(francs), QString::fromLatin1(u_errorName(status)))};
    return QString::fromUtf16(words.getBuffer(), words.length());
}

} // namespace hectare
