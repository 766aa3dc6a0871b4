#pragma once

// Being written: business hours, days and holidays for first-contact deadlines.
