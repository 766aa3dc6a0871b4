#include "salesfeedbackdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lf {

SalesFeedbackDialog::SalesFeedbackDialog(Kind kind, const QString &leadName, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(kind == Kind::Reject ? u"rejectDialog"_s : u"recycleDialog"_s);
    setWindowTitle(
        kind == Kind::Reject ? tr("Reject %1").arg(leadName) : tr("Recycle %1").arg(leadName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(kind == Kind::Reject
            ? tr("Hand %1 back: say why, so marketing and routing learn from it.").arg(leadName)
            : tr("Give %1 back to marketing for nurturing until the time is right.").arg(leadName));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_reason = new QComboBox;
    m_reason->setObjectName(u"reason"_s);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems(kind == Kind::Reject
            ? QStringList {tr("Not a fit"), tr("Wrong territory"), tr("Cannot reach them"),
                tr("Already a customer"), tr("Duplicate")}
            : QStringList {tr("No budget this year"), tr("Bad timing"), tr("Not ready yet"),
                tr("Went silent")});
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Why?"));
    m_reason->setAccessibleName(tr("Reason"));
    form->addRow(tr("&Reason:"), m_reason);

    if (kind == Kind::Reject) {
        m_toRouting = new QRadioButton(tr("To another rep"));
        m_toRouting->setObjectName(u"toRouting"_s);
        m_toRouting->setChecked(true);
        m_toMarketing = new QRadioButton(tr("Back to marketing (nurturing)"));
        m_toMarketing->setObjectName(u"toMarketing"_s);
        auto *where = new QVBoxLayout;
        where->addWidget(m_toRouting);
        where->addWidget(m_toMarketing);
        form->addRow(tr("Send it:"), where);
    } else {
        m_useUntil = new QCheckBox(tr("&Look again on"));
        m_useUntil->setObjectName(u"useUntil"_s);
        m_until = new QDateEdit(QDate::currentDate().addMonths(3));
        m_until->setObjectName(u"until"_s);
        m_until->setCalendarPopup(true);
        m_until->setMinimumDate(QDate::currentDate().addDays(1));
        m_until->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(u"yyyy"_s)
                ? QLocale().dateFormat(QLocale::ShortFormat)
                : QLocale().dateFormat(QLocale::ShortFormat).replace(u"yy"_s, u"yyyy"_s));
        m_until->setEnabled(false);
        m_until->setAccessibleName(tr("Look again on"));
        connect(m_useUntil, &QCheckBox::toggled, m_until, &QDateEdit::setEnabled);
        auto *row = new QHBoxLayout;
        row->addWidget(m_useUntil);
        row->addWidget(m_until, 1);
        form->addRow(row);
        m_reset = new QCheckBox(tr("Start the engagement score afresh"));
        m_reset->setObjectName(u"resetScore"_s);
        m_reset->setToolTip(tr("Earlier touchpoints stop counting towards the score"));
        form->addRow(m_reset);
    }
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(kind == Kind::Reject ? tr("Reject") : tr("Recycle"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_reason, &QComboBox::currentTextChanged, this, &SalesFeedbackDialog::updateOk);
    updateOk();
}

void SalesFeedbackDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

QString SalesFeedbackDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

bool SalesFeedbackDialog::toMarketing() const
{
    return m_toMarketing && m_toMarketing->isChecked();
}

QDateTime SalesFeedbackDialog::until() const
{
    if (!m_useUntil || !m_useUntil->isChecked())
        return {};
    return QDateTime(m_until->date(), QTime(0, 0)).toUTC();
}

bool SalesFeedbackDialog::resetScore() const
{
    return m_reset && m_reset->isChecked();
}

} // namespace lf
