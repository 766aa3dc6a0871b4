#include "logtouchdialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lf {
namespace {

QString typeLabel(const QString &type)
{
    if (type == u"call"_s)
        return LogTouchDialog::tr("Call");
    if (type == u"email"_s)
        return LogTouchDialog::tr("Email");
    if (type == u"meeting"_s)
        return LogTouchDialog::tr("Meeting");
    if (type == u"note"_s)
        return LogTouchDialog::tr("Note");
    return type;
}

} // namespace

LogTouchDialog::LogTouchDialog(
    QSqlDatabase db, qint64 leadId, const QString &leadName, const QString &type, QWidget *parent)
    : QDialog(parent)
    , m_service(std::move(db))
    , m_leadId(leadId)
{
    setObjectName(u"LogTouchDialog"_s);
    setWindowTitle(tr("Log Activity — %1").arg(leadName));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    m_type = new QComboBox;
    m_type->setObjectName(u"type"_s);
    m_type->setAccessibleName(tr("Type"));
    for (const QString &key : TouchpointService::manualTypes())
        m_type->addItem(typeLabel(key), key);
    const int start = m_type->findData(type);
    m_type->setCurrentIndex(start >= 0 ? start : 0);
    form->addRow(tr("&Type:"), m_type);

    m_outcome = new QComboBox;
    m_outcome->setObjectName(u"outcome"_s);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setEditable(true);
    m_outcome->setInsertPolicy(QComboBox::NoInsert);
    m_outcome->lineEdit()->setPlaceholderText(tr("e.g. connected, left voicemail"));
    form->addRow(tr("&Outcome:"), m_outcome);

    m_time = new QDateTimeEdit(QDateTime::currentDateTime());
    m_time->setObjectName(u"at"_s);
    m_time->setAccessibleName(tr("When"));
    m_time->setCalendarPopup(true);
    m_time->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    m_time->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    form->addRow(tr("&When:"), m_time);

    m_note = new QPlainTextEdit;
    m_note->setObjectName(u"detail"_s);
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was said, what comes next"));
    m_note->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    form->addRow(tr("&Note:"), m_note);

    m_message = new QLabel;
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    QPalette palette = m_message->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(
        QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
    m_message->setPalette(palette);
    m_message->hide();
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    logButton()->setText(tr("&Log"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LogTouchDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LogTouchDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &LogTouchDialog::updateOutcomes);
    updateOutcomes();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_outcome->setFocus();
}

LogTouchDialog::~LogTouchDialog() = default;

void LogTouchDialog::setActor(const QString &actor)
{
    m_service.setActor(actor);
}

QPushButton *LogTouchDialog::logButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QStringList LogTouchDialog::outcomeSuggestions(const QString &type)
{
    if (type == u"call"_s)
        return {tr("connected"), tr("left voicemail"), tr("no answer"), tr("wrong number")};
    if (type == u"email"_s)
        return {tr("sent"), tr("replied"), tr("bounced")};
    if (type == u"meeting"_s)
        return {tr("held"), tr("rescheduled"), tr("no-show")};
    return {};
}

void LogTouchDialog::updateOutcomes()
{
    const QString typed = m_outcome->currentText();
    const QStringList suggestions = outcomeSuggestions(m_type->currentData().toString());
    m_outcome->clear();
    m_outcome->addItems(suggestions);
    // A note has no outcome; for the others start empty so nothing is logged by accident.
    m_outcome->setEnabled(!suggestions.isEmpty());
    m_outcome->setCurrentIndex(-1);
    m_outcome->setEditText(suggestions.isEmpty() ? QString() : typed);
}

void LogTouchDialog::accept()
{
    Touchpoint t;
    t.leadId = m_leadId;
    t.type = m_type->currentData().toString();
    t.outcome = m_outcome->isEnabled() ? m_outcome->currentText().trimmed() : QString();
    t.detail = m_note->toPlainText().trimmed();
    t.at = m_time->dateTime().toUTC();
    Result<Touchpoint> logged = m_service.log(t);
    if (!logged) {
        m_lastError = logged.error();
        m_message->setText(logged.error().message);
        m_message->show();
        return;
    }
    m_lastError.reset();
    m_logged = *logged;
    QDialog::accept();
}

} // namespace lf
