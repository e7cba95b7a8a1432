// Tests core/words: amounts spelled out by ICU in French and English, as the quote PDF will
// print them ("Arrêté le présent devis à la somme de …"), and the errors.
#include "words/amount_words.h"

#include <QtTest>

using namespace hectare;

class TestAmountWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spellsOut_data()
    {
        QTest::addColumn<qint64>("francs");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("words");
        // What ICU 72 (Debian 12) returns; plain ASCII spaces between the words.
        const auto row = [](const char *name, qint64 francs, const char *language, const char *words) {
            QTest::newRow(name) << francs << QString::fromLatin1(language) << QString::fromUtf8(words);
        };
        row("fr 0", 0, "fr", "zéro");
        row("fr 1", 1, "fr", "un");
        row("fr 71", 71, "fr", "soixante-et-onze");   // 1990 spelling
        row("fr 80", 80, "fr", "quatre-vingts");
        row("fr 91", 91, "fr", "quatre-vingt-onze");
        row("fr 200", 200, "fr", "deux cents");
        row("fr 1 000 000", 1'000'000, "fr", "un million");
        row("fr 12 760 000 000", 12'760'000'000, "fr", "douze milliards sept cent soixante millions");
        row("en 0", 0, "en", "zero");
        row("en 1", 1, "en", "one");
        row("en 80", 80, "en", "eighty");
        row("en 91", 91, "en", "ninety-one");
        row("en 1 000 000", 1'000'000, "en", "one million");
        row("en 12 760 000 000", 12'760'000'000, "en", "twelve billion seven hundred sixty million");
        row("fr negative", -5, "fr", "moins cinq");
    }

    void spellsOut()
    {
        QFETCH(qint64, francs);
        QFETCH(QString, language);
        QFETCH(QString, words);
        const Result<QString> r = amountInWords(francs, language);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
        QCOMPARE(r.value(), words);
    }

    void largestAmountIsStillWords()
    {
        const Result<QString> r = amountInWords(kMaxAmountInWords, QStringLiteral("fr"));
        QVERIFY(r.ok());
        QVERIFY(r->startsWith(QLatin1String("neuf cent quatre-vingt-dix-neuf billiards")));
        // ICU would print digits beyond that: refused instead.
        const Result<QString> beyond = amountInWords(kMaxAmountInWords + 1, QStringLiteral("fr"));
        QVERIFY(!beyond.ok());
        QVERIFY(!amountInWords(std::numeric_limits<qint64>::min(), QStringLiteral("en")).ok());
    }

    void unsupportedLanguageIsAnError()
    {
        const Result<QString> r = amountInWords(80, QStringLiteral("de"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("\"de\"")));
        QVERIFY(!amountInWords(80, QString()).ok());
    }
};

QTEST_GUILESS_MAIN(TestAmountWords)
#include "tst_amount_words.moc"
