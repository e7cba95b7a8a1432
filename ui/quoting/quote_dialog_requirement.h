#pragma once

#include "model/price_book.h"
#include "model/quote.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace hectare::ui {

// What the customer asks for, as the salesperson types it: customer, racks × kW per rack, A/B
// feeds, weight and cage (0: not asked), start date, term, cross-connects, remote hands, the
// optional cost per kW for the margin, and the language of the PDF. Numbers are read and shown
// in the user's locale. Emits `changed` on every edit; the dialog debounces.
class QuoteRequirementForm : public QWidget
{
    Q_OBJECT

public:
    // `today`: the start date defaults to the first day of the next month.
    explicit QuoteRequirementForm(QDate today, QWidget *parent = nullptr);

    QString customer() const;
    QuoteRequirement requirement() const;
    QString language() const;   // "fr" or "en"

    // The term discounts of the book, shown on the term's tooltip.
    void setPriceBook(const PriceBook &book);

    // The language of the window: French if the locale is French, else English.
    static QString defaultLanguage();

Q_SIGNALS:
    void changed();

private:
    QSpinBox *addCount(const QString &objectName, int maximum, const QString &suffix = QString());

    QLineEdit *m_customer = nullptr;
    QSpinBox *m_racks = nullptr;
    QDoubleSpinBox *m_kwPerRack = nullptr;
    QCheckBox *m_abFeeds = nullptr;
    QDoubleSpinBox *m_weight = nullptr;
    QDoubleSpinBox *m_cage = nullptr;
    QDateEdit *m_start = nullptr;
    QSpinBox *m_term = nullptr;
    QSpinBox *m_fibre = nullptr;
    QSpinBox *m_copper = nullptr;
    QSpinBox *m_remoteHands = nullptr;
    QSpinBox *m_costPerKw = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace hectare::ui
