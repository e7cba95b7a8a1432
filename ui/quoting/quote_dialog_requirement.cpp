#include "quote_dialog_requirement.h"

#include "pricing/term_discount_table_model.h"
#include "quoting/quote_math.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

#include <cmath>

namespace hectare::ui {
namespace {

constexpr int kMaxRacks = 2000;
constexpr int kDefaultRacks = 1;
constexpr double kDefaultKwPerRack = 5.0;
constexpr int kDefaultTermMonths = 36;
constexpr int kMaxCount = 999;
constexpr int kMaxRemoteHandsHours = 9999;
constexpr int kMaxCostPerKw = 100'000'000;   // francs per kW per month: far above any real cost

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

QuoteRequirementForm::QuoteRequirementForm(QDate today, QWidget *parent) : QWidget(parent)
{
    m_customer = new QLineEdit(this);
    m_customer->setObjectName(QStringLiteral("customerEdit"));
    m_customer->setPlaceholderText(tr("Company name, as on the quote"));
    m_customer->setClearButtonEnabled(true);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language in its own name: the customer's, whatever the window's.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(defaultLanguage())));
    m_language->setToolTip(tr("The language of the quote's PDF, for the customer"));

    m_racks = addCount(QStringLiteral("racksSpin"), kMaxRacks);
    m_racks->setValue(kDefaultRacks);
    m_racks->setToolTip(tr("Full rack positions; 0 for a cage only"));

    // QDoubleSpinBox reads and writes numbers in the widget's locale ("5,5 kW" in French).
    m_kwPerRack = new QDoubleSpinBox(this);
    m_kwPerRack->setObjectName(QStringLiteral("kwPerRackSpin"));
    m_kwPerRack->setRange(0.1, 100.0);
    m_kwPerRack->setDecimals(1);
    m_kwPerRack->setSingleStep(0.5);
    m_kwPerRack->setSuffix(tr(" kW"));
    m_kwPerRack->setValue(kDefaultKwPerRack);
    m_kwPerRack->setToolTip(tr("Power committed to each rack, billed per kW"));
    auto *committed = new QLabel(this);
    committed->setObjectName(QStringLiteral("committedKw"));

    m_abFeeds = new QCheckBox(tr("A and B power feeds"), this);
    m_abFeeds->setObjectName(QStringLiteral("abFeedsCheck"));
    m_abFeeds->setToolTip(tr("Every rack fed from path A and from path B"));

    m_weight = new QDoubleSpinBox(this);
    m_weight->setObjectName(QStringLiteral("weightSpin"));
    m_weight->setRange(0, 5000);
    m_weight->setDecimals(0);
    m_weight->setSingleStep(50);
    m_weight->setSuffix(tr(" kg"));
    m_weight->setSpecialValueText(tr("Not given"));
    m_weight->setToolTip(tr("Loaded weight of one rack; positions and floors that cannot bear it are left out"));

    m_cage = new QDoubleSpinBox(this);
    m_cage->setObjectName(QStringLiteral("cageSpin"));
    m_cage->setRange(0, 10000);
    m_cage->setDecimals(1);
    m_cage->setSingleStep(5);
    m_cage->setSuffix(tr(" m²"));
    m_cage->setSpecialValueText(tr("No cage"));
    m_cage->setToolTip(tr("Floor area of a private cage around the racks, priced per m²"));

    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_start->setDate(QDate(today.year(), today.month(), 1).addMonths(1));

    m_term = new QSpinBox(this);
    m_term->setObjectName(QStringLiteral("termSpin"));
    m_term->setRange(1, kMaxTermMonths);
    m_term->setSuffix(tr(" months"));
    m_term->setValue(kDefaultTermMonths);

    m_fibre = addCount(QStringLiteral("fibreSpin"), kMaxCount);
    m_copper = addCount(QStringLiteral("copperSpin"), kMaxCount);
    m_remoteHands = addCount(QStringLiteral("remoteHandsSpin"), kMaxRemoteHandsHours, tr(" h"));
    m_remoteHands->setToolTip(tr("A block of remote hands hours bought with the contract"));

    m_costPerKw = addCount(QStringLiteral("costPerKwSpin"), kMaxCostPerKw, tr(" F CFA"));
    m_costPerKw->setSingleStep(1000);
    m_costPerKw->setSpecialValueText(tr("Not given"));
    m_costPerKw->setToolTip(tr("What one kW costs the site for a month (power, cooling, space): "
                               "gives the margin per kW; not on the customer's quote"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Customer:"), m_customer);
    form->addRow(tr("&PDF language:"), m_language);
    form->addRow(sectionLabel(tr("Racks and power"), this));
    form->addRow(tr("&Racks:"), m_racks);
    form->addRow(tr("&kW per rack:"), m_kwPerRack);
    form->addRow(QString(), committed);
    form->addRow(QString(), m_abFeeds);
    form->addRow(tr("&Weight per rack:"), m_weight);
    form->addRow(tr("Ca&ge:"), m_cage);
    form->addRow(sectionLabel(tr("Contract"), this));
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&Term:"), m_term);
    form->addRow(sectionLabel(tr("Services"), this));
    form->addRow(tr("&Fibre cross-connects:"), m_fibre);
    form->addRow(tr("C&opper cross-connects:"), m_copper);
    form->addRow(tr("Remote &hands:"), m_remoteHands);
    form->addRow(sectionLabel(tr("Margin (internal)"), this));
    form->addRow(tr("Cost per kW per &month:"), m_costPerKw);

    auto updateCommitted = [this, committed] {
        const double kw = m_racks->value() * m_kwPerRack->value();
        committed->setText(tr("%1 kW committed in all").arg(QLocale().toString(kw, 'f', 1)));
    };
    updateCommitted();
    auto emitChanged = [this] { Q_EMIT changed(); };
    connect(m_customer, &QLineEdit::textChanged, this, emitChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, emitChanged);
    for (QSpinBox *spin : {m_racks, m_term, m_fibre, m_copper, m_remoteHands, m_costPerKw})
        connect(spin, &QSpinBox::valueChanged, this, emitChanged);
    for (QDoubleSpinBox *spin : {m_kwPerRack, m_weight, m_cage})
        connect(spin, &QDoubleSpinBox::valueChanged, this, emitChanged);
    connect(m_racks, &QSpinBox::valueChanged, this, updateCommitted);
    connect(m_kwPerRack, &QDoubleSpinBox::valueChanged, this, updateCommitted);
    connect(m_abFeeds, &QCheckBox::toggled, this, emitChanged);
    connect(m_start, &QDateEdit::dateChanged, this, emitChanged);
}

QSpinBox *QuoteRequirementForm::addCount(const QString &objectName, int maximum, const QString &suffix)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(0, maximum);
    spin->setGroupSeparatorShown(true);
    spin->setSuffix(suffix);
    return spin;
}

QString QuoteRequirementForm::customer() const { return m_customer->text().trimmed(); }

QuoteRequirement QuoteRequirementForm::requirement() const
{
    QuoteRequirement r;
    r.racks = m_racks->value();
    r.kwPerRack = m_kwPerRack->value();
    r.abFeeds = m_abFeeds->isChecked();
    r.weightKgPerRack = m_weight->value();
    r.cageM2 = m_cage->value();
    r.start = m_start->date();
    r.termMonths = m_term->value();
    r.fibreCrossConnects = m_fibre->value();
    r.copperCrossConnects = m_copper->value();
    r.remoteHandsHours = m_remoteHands->value();
    r.costPerKwMonth = m_costPerKw->value();
    return r;
}

QString QuoteRequirementForm::language() const { return m_language->currentData().toString(); }

void QuoteRequirementForm::setPriceBook(const PriceBook &book)
{
    QStringList steps;
    for (const PriceTermDiscount &d : book.termDiscounts) {
        if (d.basisPoints > 0)
            steps << tr("%n month(s): %1 off", nullptr, d.months).arg(basisPointsText(d.basisPoints));
    }
    m_term->setToolTip(steps.isEmpty() ? tr("Length of the contract, 1 to %1 months").arg(kMaxTermMonths)
                                       : tr("Length of the contract, 1 to %1 months. Term discounts: %2")
                                             .arg(kMaxTermMonths)
                                             .arg(steps.join(QStringLiteral("; "))));
}

QString QuoteRequirementForm::defaultLanguage()
{
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

} // namespace hectare::ui
