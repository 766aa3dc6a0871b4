#include "settingspage.h"

#include "routing/businesscalendar.h"
#include "routingsettings.h"
#include "scoring/scorer.h"
#include "scoringruleseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

QPlainTextEdit *textEdit(QWidget *parent, const QString &name, int lineCount)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lineCount + 12);
    return edit;
}

QLabel *statusLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setAccessibleName(name);
    label->setWordWrap(true);
    label->hide();
    return label;
}

QString bantLabel(BantItem item)
{
    switch (item) {
    case BantItem::Budget:
        return QCoreApplication::translate("QualificationEditor", "&Budget");
    case BantItem::Authority:
        return QCoreApplication::translate("QualificationEditor", "&Authority");
    case BantItem::Need:
        return QCoreApplication::translate("QualificationEditor", "&Need");
    case BantItem::Timeline:
        return QCoreApplication::translate("QualificationEditor", "&Timeline");
    }
    return {};
}

/// How a template check names a step's first text: "Step 2's subject" / "Step 2's call text".
QString subjectLabel(SequenceStep::Kind kind, int position)
{
    return kind == SequenceStep::Kind::Email
        ? QCoreApplication::translate("SequencesEditor", "Step %1's subject").arg(position)
        : QCoreApplication::translate("SequencesEditor", "Step %1's call text").arg(position);
}

QString bodyLabel(SequenceStep::Kind kind, int position)
{
    return kind == SequenceStep::Kind::Email
        ? QCoreApplication::translate("SequencesEditor", "Step %1's body").arg(position)
        : QCoreApplication::translate("SequencesEditor", "Step %1's notes").arg(position);
}

constexpr BantItem bantItems[] = {
    BantItem::Budget, BantItem::Authority, BantItem::Need, BantItem::Timeline};

} // namespace

// --- QualificationEditor -------------------------------------------------------------------------

QualificationEditor::QualificationEditor(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_jobs(new BackgroundJobs(database, this))
    , m_actor(qEnvironmentVariable("USER", tr("desktop user")))
{
    auto *formBox = new QWidget(this);
    auto *formOuter = new QVBoxLayout(formBox);
    auto *form = new QFormLayout;
    formOuter->addLayout(form);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_ideal = textEdit(formBox, tr("Ideal customer profile"), 3);
    m_ideal->setPlaceholderText(tr("Who we sell to best, in words"));
    form->addRow(tr("&Ideal profile:"), m_ideal);
    m_unideal = textEdit(formBox, tr("Un-ideal customer profile"), 2);
    m_unideal->setPlaceholderText(tr("Who we do not want, in words"));
    form->addRow(tr("&Un-ideal profile:"), m_unideal);

    auto *mql = new QHBoxLayout;
    m_threshold = new QSpinBox(formBox);
    m_threshold->setRange(1, 1000);
    m_threshold->setAccessibleName(tr("MQL threshold"));
    m_threshold->setSuffix(tr(" points"));
    m_autoMql = new QCheckBox(tr("&Promote to MQL automatically"), formBox);
    m_autoMql->setAccessibleName(tr("Automatic MQL"));
    mql->addWidget(m_threshold);
    mql->addWidget(m_autoMql);
    mql->addStretch();
    addSettingsRow(form, tr("&MQL at score:"), mql, m_threshold);

    auto *grades = new QHBoxLayout;
    const QString gradeNames[] = {tr("A"), tr("B"), tr("C")};
    for (int i = 0; i < 3; ++i) {
        m_grades[i] = new QSpinBox(formBox);
        m_grades[i]->setRange(-1000, 1000);
        m_grades[i]->setAccessibleName(tr("Grade %1 from fit score").arg(gradeNames[i]));
        auto *label = new QLabel(tr("%1 ≥").arg(gradeNames[i]), formBox);
        label->setBuddy(m_grades[i]);
        grades->addWidget(label);
        grades->addWidget(m_grades[i]);
    }
    grades->addWidget(new QLabel(tr("below C: D"), formBox));
    grades->addStretch();
    addSettingsRow(form, tr("&Grades (fit score):"), grades, m_grades[0]);

    auto *bant = new QHBoxLayout;
    for (int i = 0; i < 4; ++i) {
        m_bant[i] = new QCheckBox(bantLabel(bantItems[i]), formBox);
        m_bant[i]->setAccessibleName(tr("SQL requires %1").arg(bantKey(bantItems[i])));
        bant->addWidget(m_bant[i]);
    }
    bant->addStretch();
    addSettingsRow(form, tr("SQL requires:"), bant, m_bant[0]);

    m_lost = textEdit(formBox, tr("Lost reasons, one per line"), 6);
    form->addRow(tr("&Lost reasons:"), m_lost);
    m_disqualify = textEdit(formBox, tr("Disqualify reasons, one per line"), 6);
    form->addRow(tr("&Disqualify reasons:"), m_disqualify);
    m_notes = textEdit(formBox, tr("Notes"), 2);
    form->addRow(tr("N&otes:"), m_notes);

    m_status = statusLabel(formBox, tr("Qualification status"));
    m_save = new QPushButton(tr("&Save as new version"), formBox);
    m_save->setAccessibleName(tr("Save qualification definition"));
    m_revert = new QPushButton(tr("&Revert"), formBox);
    m_revert->setAccessibleName(tr("Revert to the current version"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    formOuter->addWidget(m_status);
    formOuter->addLayout(buttons);
    formOuter->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] { showDefinition(m_current); });

    auto *historyBox = new QGroupBox(tr("Versions"), this);
    m_history = new QListWidget(historyBox);
    m_history->setAccessibleName(tr("Qualification versions"));
    m_history->setWordWrap(true);
    m_history->setAlternatingRowColors(true);
    m_versionText = new QPlainTextEdit(historyBox);
    m_versionText->setReadOnly(true);
    m_versionText->setAccessibleName(tr("Selected version"));
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history, 1);
    historyLayout->addWidget(m_versionText, 2);
    connect(m_history, &QListWidget::currentRowChanged, this, &QualificationEditor::showVersion);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    for (QPlainTextEdit *edit : {m_ideal, m_unideal, m_lost, m_disqualify, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &QualificationEditor::updateState);
    for (QSpinBox *box : {m_threshold, m_grades[0], m_grades[1], m_grades[2]})
        connect(box, &QSpinBox::valueChanged, this, &QualificationEditor::updateState);
    for (QCheckBox *box : {m_autoMql, m_bant[0], m_bant[1], m_bant[2], m_bant[3]})
        connect(box, &QCheckBox::toggled, this, &QualificationEditor::updateState);
    refresh();
}

QualificationEditor::~QualificationEditor()
{
    delete m_jobs; // waits for a running rescoring before the members go
    m_jobs = nullptr;
}

void QualificationEditor::refresh()
{
    QualificationStore store(m_database.connection());
    auto current = store.current();
    if (!current) {
        showSettingsMessage(m_status, current.error().message, true);
        return;
    }
    m_current = *current;
    showDefinition(m_current);
    auto versions = store.versions();
    const QSignalBlocker blocker(m_history);
    m_history->clear();
    if (versions) {
        const QLocale locale;
        for (const QualificationDefinition &version : std::as_const(*versions)) {
            auto *item = new QListWidgetItem(version.version == 0
                    ? tr("Shipped definition")
                    : tr("Version %1 · MQL at %2\n%3 %4 by %5")
                          .arg(version.version)
                          .arg(version.mqlThreshold)
                          .arg(locale.toString(
                                   version.createdAt.toLocalTime().date(), QLocale::ShortFormat),
                              locale.toString(version.createdAt.toLocalTime().time(), u"HH:mm"_s),
                              version.actor.isEmpty() ? tr("unknown") : version.actor),
                m_history);
            item->setData(Qt::UserRole, version.version);
            item->setData(Qt::UserRole + 1, version.toText());
        }
    }
    m_history->setCurrentRow(0);
    showVersion();
}

void QualificationEditor::showDefinition(const QualificationDefinition &definition)
{
    m_ideal->setPlainText(definition.idealProfile);
    m_unideal->setPlainText(definition.unidealProfile);
    m_threshold->setValue(definition.mqlThreshold);
    m_autoMql->setChecked(definition.autoMql);
    m_grades[0]->setValue(definition.gradeA);
    m_grades[1]->setValue(definition.gradeB);
    m_grades[2]->setValue(definition.gradeC);
    for (int i = 0; i < 4; ++i)
        m_bant[i]->setChecked(definition.sqlRequires.contains(bantItems[i]));
    m_lost->setPlainText(definition.lostReasons.join(u'\n'));
    m_disqualify->setPlainText(definition.disqualifyReasons.join(u'\n'));
    m_notes->setPlainText(definition.notes);
    updateState();
}

void QualificationEditor::showVersion()
{
    const QListWidgetItem *item = m_history->currentItem();
    m_versionText->setPlainText(item ? item->data(Qt::UserRole + 1).toString() : QString());
}

QualificationDefinition QualificationEditor::definition() const
{
    QualificationDefinition definition = m_current;
    definition.idealProfile = m_ideal->toPlainText().trimmed();
    definition.unidealProfile = m_unideal->toPlainText().trimmed();
    definition.mqlThreshold = m_threshold->value();
    definition.autoMql = m_autoMql->isChecked();
    definition.gradeA = m_grades[0]->value();
    definition.gradeB = m_grades[1]->value();
    definition.gradeC = m_grades[2]->value();
    definition.sqlRequires.clear();
    for (int i = 0; i < 4; ++i)
        if (m_bant[i]->isChecked())
            definition.sqlRequires << bantItems[i];
    definition.lostReasons = lines(m_lost);
    definition.disqualifyReasons = lines(m_disqualify);
    definition.notes = m_notes->toPlainText().trimmed();
    return definition;
}

void QualificationEditor::updateState()
{
    const QualificationDefinition typed = definition();
    const bool changed = typed.toJson() != m_current.toJson();
    const auto valid = typed.validate();
    m_save->setEnabled(changed && valid.has_value() && !m_database.isReadOnly());
    m_revert->setEnabled(changed);
    if (!valid)
        showSettingsMessage(m_status, valid.error().message, true);
    else if (changed)
        showSettingsMessage(m_status, tr("Unsaved changes."), false);
    else
        showSettingsMessage(m_status, QString(), false);
}

QString QualificationEditor::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

Result<QualificationDefinition> QualificationEditor::save()
{
    const QualificationDefinition before = m_current;
    auto saved = QualificationStore(m_database.connection()).save(definition(), m_actor);
    if (!saved) {
        showSettingsMessage(m_status, saved.error().message, true);
        return saved;
    }
    refresh();
    const QString what = tr("Saved as version %1.").arg(saved->version);
    showSettingsMessage(m_status, what, false);
    emit this->saved(*saved);
    if (saved->mqlThreshold != before.mqlThreshold || saved->gradeA != before.gradeA
        || saved->gradeB != before.gradeB || saved->gradeC != before.gradeC
        || saved->autoMql != before.autoMql) {
        showSettingsMessage(m_status, tr("%1 Rescoring every lead…").arg(what), false);
        m_jobs->run<ScoringService::Totals>(
            u"rescore-after-qualification"_s,
            [](QSqlDatabase &db, Progress &progress) {
                return ScoringService(db).rescoreAll(&progress);
            },
            [this, what](const Result<ScoringService::Totals> &totals) {
                if (!totals) {
                    showSettingsMessage(m_status,
                        tr("%1 Rescoring failed: %2").arg(what, totals.error().message), true);
                    return;
                }
                const QLocale locale;
                showSettingsMessage(m_status,
                    tr("%1 Rescored %2 leads: %3 changed, %4 moved to MQL.")
                        .arg(what, locale.toString(totals->leads), locale.toString(totals->changed),
                            locale.toString(totals->promoted)),
                    false);
            });
    }
    return saved;
}

// --- SlaHoursEditor ------------------------------------------------------------------------------

SlaHoursEditor::SlaHoursEditor(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    auto *hoursBox = new QGroupBox(tr("Business hours"), this);
    auto *form = new QFormLayout(hoursBox);
    m_zone = new QComboBox(hoursBox);
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->addItem(
        tr("System time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
        QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(tr("&Time zone:"), m_zone);

    auto *days = new QHBoxLayout;
    for (int d = 1; d <= 7; ++d) {
        const QString name = QLocale().dayName(d, QLocale::ShortFormat);
        m_days[d - 1] = new QCheckBox(name, hoursBox);
        m_days[d - 1]->setAccessibleName(
            tr("%1 is a business day").arg(QLocale().dayName(d, QLocale::LongFormat)));
        days->addWidget(m_days[d - 1]);
    }
    days->addStretch();
    addSettingsRow(form, tr("Business days:"), days, m_days[0]);

    auto *hours = new QHBoxLayout;
    m_start = new QTimeEdit(hoursBox);
    m_start->setDisplayFormat(u"HH:mm"_s);
    m_start->setAccessibleName(tr("Opening time"));
    m_end = new QTimeEdit(hoursBox);
    m_end->setDisplayFormat(u"HH:mm"_s);
    m_end->setAccessibleName(tr("Closing time"));
    hours->addWidget(m_start);
    hours->addWidget(new QLabel(tr("to"), hoursBox));
    hours->addWidget(m_end);
    hours->addStretch();
    addSettingsRow(form, tr("&Hours:"), hours, m_start);

    m_default = new QDoubleSpinBox(hoursBox);
    m_default->setRange(0.25, 1000);
    m_default->setDecimals(2);
    m_default->setSingleStep(0.5);
    m_default->setSuffix(tr(" business hours"));
    m_default->setAccessibleName(tr("Default first-contact deadline"));
    form->addRow(tr("&Default first-contact deadline:"), m_default);

    m_summary = new QLabel(hoursBox);
    m_summary->setAccessibleName(tr("Business calendar summary"));
    m_save = new QPushButton(tr("&Save business hours"), hoursBox);
    m_save->setAccessibleName(tr("Save business hours"));
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_summary, 1);
    saveRow->addWidget(m_save);
    form->addRow(saveRow);

    auto *holidayBox = new QGroupBox(tr("Holidays (no business hours on these dates)"), this);
    m_holidays = new QListWidget(holidayBox);
    m_holidays->setAccessibleName(tr("Holidays"));
    m_holidayDate = new QDateEdit(QDate::currentDate(), holidayBox);
    m_holidayDate->setCalendarPopup(true);
    m_holidayDate->setAccessibleName(tr("Holiday date"));
    m_holidayName = new QLineEdit(holidayBox);
    m_holidayName->setPlaceholderText(tr("name, e.g. New Year"));
    m_holidayName->setAccessibleName(tr("Holiday name"));
    m_addHoliday = new QPushButton(tr("&Add holiday"), holidayBox);
    m_addHoliday->setAccessibleName(tr("Add holiday"));
    m_removeHoliday = new QPushButton(tr("Re&move holiday"), holidayBox);
    m_removeHoliday->setAccessibleName(tr("Remove holiday"));
    connect(m_addHoliday, &QPushButton::clicked, this,
        [this] { addHoliday(m_holidayDate->date(), m_holidayName->text().trimmed()); });
    connect(m_removeHoliday, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_holidays->currentItem())
            removeHoliday(item->data(Qt::UserRole).toDate());
    });
    connect(m_holidays, &QListWidget::currentRowChanged, this,
        [this](int row) { m_removeHoliday->setEnabled(row >= 0 && !m_database.isReadOnly()); });
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_holidayDate);
    addRow->addWidget(m_holidayName, 1);
    addRow->addWidget(m_addHoliday);
    addRow->addWidget(m_removeHoliday);
    auto *holidayLayout = new QVBoxLayout(holidayBox);
    holidayLayout->addWidget(m_holidays);
    holidayLayout->addLayout(addRow);

    m_status = statusLabel(this, tr("SLA hours status"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hoursBox);
    layout->addWidget(holidayBox, 1);
    layout->addWidget(m_status);
    refresh();
}

void SlaHoursEditor::refresh()
{
    QSqlDatabase db = m_database.connection();
    auto calendar = BusinessCalendar::load(db);
    if (!calendar) {
        showSettingsMessage(m_status, calendar.error().message, true);
        calendar = BusinessCalendar();
    }
    if (calendar->usesSystemTimeZone()) {
        m_zone->setCurrentIndex(0);
    } else {
        const int index = m_zone->findData(QString::fromUtf8(calendar->timeZone().id()));
        m_zone->setCurrentIndex(std::max(0, index));
    }
    const QList<int> days = calendar->businessDays();
    for (int d = 1; d <= 7; ++d)
        m_days[d - 1]->setChecked(days.contains(d));
    m_start->setTime(calendar->start());
    m_end->setTime(calendar->end());
    m_default->setValue(calendar->defaultSlaHours());
    m_summary->setText(calendar->describe());

    m_holidays->clear();
    if (auto holidays = BusinessCalendar::listHolidays(db)) {
        for (const auto &[day, name] : std::as_const(*holidays)) {
            auto *item = new QListWidgetItem(
                tr("%1 — %2").arg(QLocale().toString(day, QLocale::LongFormat), name), m_holidays);
            item->setData(Qt::UserRole, day);
        }
    } else {
        showSettingsMessage(m_status, holidays.error().message, true);
    }
    const bool writable = !m_database.isReadOnly();
    m_save->setEnabled(writable);
    m_addHoliday->setEnabled(writable);
    m_removeHoliday->setEnabled(false);
}

Status SlaHoursEditor::save()
{
    BusinessCalendar calendar;
    if (auto loaded = BusinessCalendar::load(m_database.connection()))
        calendar = *loaded;
    // The combo is editable: a typed zone id counts as well as a picked one.
    const QString typed = m_zone->currentText().trimmed();
    const int index = m_zone->findText(typed);
    const QString zoneId = index >= 0 ? m_zone->itemData(index).toString() : typed;
    if (zoneId.isEmpty()) {
        calendar.setTimeZone(QTimeZone());
    } else {
        const QTimeZone zone(zoneId.toUtf8());
        if (!zone.isValid()) {
            const QString message = tr("“%1” is not a time zone.").arg(zoneId);
            showSettingsMessage(m_status, message, true);
            return fail(ErrorCode::Invalid, message, u"time_zone"_s);
        }
        calendar.setTimeZone(zone);
    }
    QList<int> days;
    for (int d = 1; d <= 7; ++d)
        if (m_days[d - 1]->isChecked())
            days << d;
    Status done = calendar.setBusinessDays(days);
    if (done)
        done = calendar.setHours(m_start->time(), m_end->time());
    if (done)
        done = calendar.setDefaultSlaHours(m_default->value());
    if (done)
        done = calendar.save(m_database.connection());
    if (!done) {
        showSettingsMessage(m_status, done.error().message, true);
        return done;
    }
    refresh();
    showSettingsMessage(m_status, tr("Saved: %1.").arg(calendar.describe()), false);
    emit changed();
    return {};
}

Status SlaHoursEditor::addHoliday(QDate day, const QString &name)
{
    if (name.isEmpty()) {
        const QString message = tr("Give the holiday a name.");
        showSettingsMessage(m_status, message, true);
        return fail(ErrorCode::Invalid, message, u"name"_s);
    }
    if (auto added = BusinessCalendar::addHoliday(m_database.connection(), day, name); !added) {
        showSettingsMessage(m_status, added.error().message, true);
        return added;
    }
    refresh();
    m_holidayName->clear();
    showSettingsMessage(m_status,
        tr("Added the holiday %1 on %2.").arg(name, QLocale().toString(day, QLocale::ShortFormat)),
        false);
    emit changed();
    return {};
}

Status SlaHoursEditor::removeHoliday(QDate day)
{
    if (auto removed = BusinessCalendar::removeHoliday(m_database.connection(), day); !removed) {
        showSettingsMessage(m_status, removed.error().message, true);
        return removed;
    }
    refresh();
    showSettingsMessage(m_status,
        tr("Removed the holiday on %1.").arg(QLocale().toString(day, QLocale::ShortFormat)), false);
    emit changed();
    return {};
}

QString SlaHoursEditor::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

// --- SequencesEditor -----------------------------------------------------------------------------

SequencesEditor::SequencesEditor(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    auto *listBox = new QGroupBox(tr("Sequences"), this);
    m_tree = new QTreeWidget(listBox);
    m_tree->setAccessibleName(tr("Sequences and their steps"));
    m_tree->setHeaderLabels(
        {tr("Sequence / step"), tr("Details"), tr("Active"), tr("Completed"), tr("Exited")});
    m_tree->header()->setStretchLastSection(false);
    for (int c = 0; c < 5; ++c)
        m_tree->header()->setSectionResizeMode(
            c, c == 1 ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_tree);

    auto *newBox = new QGroupBox(tr("New sequence"), this);
    auto *newLayout = new QVBoxLayout(newBox);
    auto *form = new QFormLayout;
    newLayout->addLayout(form);
    m_name = new QLineEdit(newBox);
    m_name->setAccessibleName(tr("Sequence name"));
    m_name->setPlaceholderText(tr("e.g. E-book follow-up"));
    form->addRow(tr("&Name:"), m_name);
    m_description = new QLineEdit(newBox);
    m_description->setAccessibleName(tr("Sequence description"));
    form->addRow(tr("D&escription:"), m_description);
    m_enrol = new QCheckBox(tr("Enrol leads that enter &Nurturing by themselves"), newBox);
    m_enrol->setAccessibleName(tr("Enrol on nurturing"));
    form->addRow(QString(), m_enrol);

    auto *stepRow = new QHBoxLayout;
    m_kind = new QComboBox(newBox);
    m_kind->addItem(tr("Wait"), int(SequenceStep::Kind::Wait));
    m_kind->addItem(tr("Email"), int(SequenceStep::Kind::Email));
    m_kind->addItem(tr("Call"), int(SequenceStep::Kind::Call));
    m_kind->setAccessibleName(tr("Step kind"));
    m_wait = new QSpinBox(newBox);
    m_wait->setRange(1, 3650);
    m_wait->setValue(3);
    m_wait->setSuffix(tr(" days"));
    m_wait->setAccessibleName(tr("Wait days"));
    stepRow->addWidget(m_kind);
    stepRow->addWidget(m_wait);
    stepRow->addStretch();
    addSettingsRow(form, tr("&Step:"), stepRow, m_kind);
    m_subject = new QLineEdit(newBox);
    m_subject->setAccessibleName(tr("Subject or call text"));
    m_subject->setPlaceholderText(tr("e.g. Your e-book, {{first_name|there}}"));
    form->addRow(tr("Su&bject / call:"), m_subject);
    m_body = textEdit(newBox, tr("Email body or call notes"), 3);
    m_body->setPlaceholderText(
        tr("Placeholders: %1").arg(NurtureService::placeholders().join(u", "_s)));
    form->addRow(tr("B&ody / notes:"), m_body);
    m_stepMessage = statusLabel(newBox, tr("Problem with the step"));
    form->addRow(QString(), m_stepMessage);
    m_addStep = new QPushButton(tr("&Add step"), newBox);
    m_addStep->setAccessibleName(tr("Add step"));
    m_removeStep = new QPushButton(tr("&Remove step"), newBox);
    m_removeStep->setAccessibleName(tr("Remove step"));
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addStretch();
    stepButtons->addWidget(m_removeStep);
    stepButtons->addWidget(m_addStep);
    form->addRow(stepButtons);
    m_steps = new QListWidget(newBox);
    m_steps->setAccessibleName(tr("Steps of the new sequence"));
    m_steps->setFixedHeight(m_steps->fontMetrics().lineSpacing() * 5 + 8);
    form->addRow(tr("Steps:"), m_steps);
    m_create = new QPushButton(tr("&Create sequence"), newBox);
    m_create->setAccessibleName(tr("Create sequence"));
    m_status = statusLabel(newBox, tr("Sequences status"));
    auto *createRow = new QHBoxLayout;
    createRow->addStretch();
    createRow->addWidget(m_create);
    newLayout->addWidget(m_status);
    newLayout->addLayout(createRow);
    newLayout->addStretch(1);

    connect(m_addStep, &QPushButton::clicked, this, [this] { addStep(); });
    connect(m_removeStep, &QPushButton::clicked, this, [this] {
        const int row = m_steps->currentRow();
        if (row < 0 || row >= m_newSteps.size())
            return;
        m_newSteps.removeAt(row);
        delete m_steps->takeItem(row);
        updateStepState();
    });
    connect(m_create, &QPushButton::clicked, this, [this] { create(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SequencesEditor::updateStepState);
    connect(m_subject, &QLineEdit::textChanged, this, &SequencesEditor::updateStepState);
    connect(m_body, &QPlainTextEdit::textChanged, this, &SequencesEditor::updateStepState);
    connect(m_name, &QLineEdit::textChanged, this, &SequencesEditor::updateStepState);
    connect(m_steps, &QListWidget::currentRowChanged, this, &SequencesEditor::updateStepState);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(listBox);
    splitter->addWidget(newBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    refresh();
    updateStepState();
}

void SequencesEditor::refresh()
{
    auto sequences = NurtureService(m_database.connection()).listSequences();
    m_tree->clear();
    if (!sequences) {
        showSettingsMessage(m_status, sequences.error().message, true);
        return;
    }
    const QLocale locale;
    for (const Sequence &sequence : std::as_const(*sequences)) {
        QStringList flags;
        if (!sequence.active)
            flags << tr("inactive");
        if (sequence.enrolOnNurturing)
            flags << tr("enrols on Nurturing");
        auto *item = new QTreeWidgetItem(m_tree,
            {sequence.name,
                flags.isEmpty() ? sequence.description
                                : tr("%1 (%2)").arg(sequence.description, flags.join(u", "_s)),
                locale.toString(sequence.activeEnrolments),
                locale.toString(sequence.completedEnrolments),
                locale.toString(sequence.exitedEnrolments)});
        item->setData(0, Qt::UserRole, sequence.id);
        for (int c = 2; c <= 4; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        for (const SequenceStep &step : sequence.steps) {
            QString detail;
            switch (step.kind) {
            case SequenceStep::Kind::Wait:
                detail =
                    step.waitDays == 1 ? tr("wait 1 day") : tr("wait %1 days").arg(step.waitDays);
                break;
            case SequenceStep::Kind::Email:
                detail = tr("email: %1").arg(step.subject);
                break;
            case SequenceStep::Kind::Call:
                detail = tr("call: %1").arg(step.subject);
                break;
            }
            auto *stepItem = new QTreeWidgetItem(item, {tr("Step %1").arg(step.position), detail});
            stepItem->setToolTip(1, step.body.isEmpty() ? detail : detail + u"\n\n"_s + step.body);
        }
    }
    m_tree->expandAll();
}

Result<SequenceStep> SequencesEditor::typedStep() const
{
    SequenceStep step;
    step.kind = SequenceStep::Kind(m_kind->currentData().toInt());
    step.position = int(m_newSteps.size()) + 1;
    if (step.kind == SequenceStep::Kind::Wait) {
        step.waitDays = m_wait->value();
        return step;
    }
    step.subject = m_subject->text().trimmed();
    step.body = m_body->toPlainText().trimmed();
    const bool email = step.kind == SequenceStep::Kind::Email;
    if (auto ok =
            NurtureService::checkTemplate(step.subject, subjectLabel(step.kind, step.position));
        !ok)
        return fail(ok.error());
    if (auto ok = NurtureService::checkTemplate(step.body, bodyLabel(step.kind, step.position));
        !ok)
        return fail(ok.error());
    if (step.subject.isEmpty())
        return fail(ErrorCode::Invalid,
            email ? tr("An email step needs a subject.") : tr("A call step needs a text."));
    if (email && step.body.isEmpty())
        return fail(ErrorCode::Invalid, tr("An email step needs a body."));
    return step;
}

void SequencesEditor::updateStepState()
{
    const bool wait = m_kind->currentData().toInt() == int(SequenceStep::Kind::Wait);
    m_wait->setEnabled(wait);
    m_subject->setEnabled(!wait);
    m_body->setEnabled(!wait);
    const auto step = typedStep();
    // While typing only a template problem is shown; an empty field is said when Add is pressed.
    QString problem;
    if (!wait) {
        const int position = int(m_newSteps.size()) + 1;
        const auto kind = SequenceStep::Kind(m_kind->currentData().toInt());
        if (auto subject =
                NurtureService::checkTemplate(m_subject->text(), subjectLabel(kind, position));
            !subject)
            problem = subject.error().message;
        else if (auto body = NurtureService::checkTemplate(
                     m_body->toPlainText(), bodyLabel(kind, position));
                 !body)
            problem = body.error().message;
    }
    showSettingsMessage(m_stepMessage, problem, true);
    const bool writable = !m_database.isReadOnly();
    m_addStep->setEnabled(writable && step.has_value());
    m_removeStep->setEnabled(writable && m_steps->currentRow() >= 0);
    m_create->setEnabled(writable && !m_newSteps.isEmpty() && !m_name->text().trimmed().isEmpty());
}

Status SequencesEditor::addStep()
{
    auto step = typedStep();
    if (!step) {
        showSettingsMessage(m_stepMessage, step.error().message, true);
        return fail(step.error());
    }
    m_newSteps << *step;
    auto *item =
        new QListWidgetItem(tr("%1. %2").arg(step->position).arg(step->summary()), m_steps);
    item->setToolTip(step->body);
    m_subject->clear();
    m_body->clear();
    updateStepState();
    return {};
}

Result<Sequence> SequencesEditor::create()
{
    Sequence sequence;
    sequence.name = m_name->text().trimmed();
    sequence.description = m_description->text().trimmed();
    sequence.enrolOnNurturing = m_enrol->isChecked();
    sequence.steps = m_newSteps;
    auto created = NurtureService(m_database.connection()).createSequence(sequence);
    if (!created) {
        showSettingsMessage(m_status, created.error().message, true);
        return created;
    }
    m_newSteps.clear();
    m_steps->clear();
    m_name->clear();
    m_description->clear();
    m_enrol->setChecked(false);
    refresh();
    showSettingsMessage(m_status,
        tr("Created the sequence “%1” with %2 steps.")
            .arg(created->name)
            .arg(created->steps.size()),
        false);
    updateStepState();
    emit changed();
    return created;
}

QString SequencesEditor::stepMessage() const
{
    return m_stepMessage->isHidden() ? QString() : m_stepMessage->text();
}

QString SequencesEditor::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

// --- SettingsPage --------------------------------------------------------------------------------

SettingsPage::SettingsPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_qualification(new QualificationEditor(database, m_tabs))
    , m_scoring(new ScoringRulesEditor(database, m_tabs))
    , m_routing(new RoutingSettingsWidget(database, m_tabs))
    , m_sla(new SlaHoursEditor(database, m_tabs))
    , m_sequences(new SequencesEditor(database, m_tabs))
{
    m_tabs->setAccessibleName(tr("Settings"));
    m_tabs->addTab(m_qualification, tr("&Qualification"));
    m_tabs->addTab(m_scoring, tr("Scoring &rules"));
    m_tabs->addTab(m_routing, tr("Routing && &users"));
    m_tabs->addTab(m_sla, tr("SLA &hours"));
    m_tabs->addTab(m_sequences, tr("Se&quences"));
    if (database.isReadOnly()) {
        auto *note = new QLabel(
            tr("This database is open read-only: %1").arg(database.readOnlyReason()), this);
        note->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(note);
        layout->addWidget(m_tabs);
    } else {
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_tabs);
    }

    connect(m_qualification, &QualificationEditor::saved, this, &SettingsPage::settingsChanged);
    connect(m_scoring, &ScoringRulesEditor::rulesChanged, this, &SettingsPage::settingsChanged);
    connect(m_scoring, &ScoringRulesEditor::leadsRescored, this, &SettingsPage::settingsChanged);
    connect(m_routing, &RoutingSettingsWidget::changed, this, &SettingsPage::settingsChanged);
    connect(m_sla, &SlaHoursEditor::changed, this, &SettingsPage::settingsChanged);
    connect(m_sequences, &SequencesEditor::changed, this, &SettingsPage::settingsChanged);
    // A new user or rule changes what the routing dialog offers; nothing else depends across tabs.
}

void SettingsPage::refresh()
{
    m_qualification->refresh();
    m_scoring->refresh();
    m_routing->refresh();
    m_sla->refresh();
    m_sequences->refresh();
}

void SettingsPage::setActor(const QString &actor)
{
    m_qualification->setActor(actor);
}

} // namespace lf
