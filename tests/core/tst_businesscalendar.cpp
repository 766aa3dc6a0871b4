#include <QTest>

class TestBusinesscalendar : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestBusinesscalendar)
#include "tst_businesscalendar.moc"
