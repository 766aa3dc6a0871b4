#include <QTest>

class TestTouchpointservice : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestTouchpointservice)
#include "tst_touchpointservice.moc"
