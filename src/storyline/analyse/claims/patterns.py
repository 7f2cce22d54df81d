"""Word lists and unit tables for numeric claims, kept as data so the other modules of this package hold only
the logic.

Unit names follow the normalised names of quantulum3's unit table (which CQE and NewsQuant reuse): "dollar",
"pound sterling", "mile per hour", ... so that claims about the same measure compare equal across articles.
"""

from __future__ import annotations

import re

from ...timeml import MONTHS as MONTH_NUMBERS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SMALL_NUMBERS = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
TENS = {
    word: 10 * (i + 2)
    for i, word in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
}
SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    # South Asian scales, as Indian and Pakistani news writes amounts ("Rs 500 crore", "20 lakh people",
    # "1.2 lakh crore rupees")
    "crore": 1e7,
    "crores": 1e7,
    "lakh": 1e5,
    "lakhs": 1e5,
}
# Scales written straight after the digits that mean a multiplier next to a currency ("$13.6M", "£2.7m") or
# before a plural noun ("10k views", "2.5m subscribers").
CURRENCY_SCALES = {"m": 1e6, "k": 1e3, "b": 1e9, "cr": 1e7}  # "cr": a crore, as "Rs 500cr" writes it
# Attached scales that are a multiplier whatever follows ("4.3M sales").
ATTACHED_SCALES = {"M": 1e6, "bn": 1e9, "B": 1e9, "tn": 1e12, "mn": 1e6, "K": 1e3}
DOZEN = 12.0
# The shape of a plural noun that ends in -s (not "-ss", "-us", "-is": "glass", "bus"); those that do not end in
# -s are ``IRREGULAR_PLURALS`` below.
REGULAR_PLURAL_RE = re.compile(r"[a-z]{2,}[^su]s|[a-z]{2,}ies", re.I)
# Vague plural amounts ("dozens of", "tens of thousands of") as the range CQE gives them: [x, 10x].
VAGUE_PLURALS = {
    "dozens": 12.0,
    "scores": 20.0,
    "hundreds": 1e2,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
}
FRACTIONS = {
    "half": 0.5,
    "halves": 0.5,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 0.25,
    "quarters": 0.25,
    "fifth": 0.2,
    "fifths": 0.2,
    "tenth": 0.1,
    "tenths": 0.1,
}

# Qualifier phrases that end right before a number, longest first (checked on lower-cased text).
BOUND_PHRASES: tuple[tuple[str, str], ...] = (
    ("more than", ">="),
    ("greater than", ">="),
    ("higher than", ">="),
    # comparisons of size, as CQE's bound words read them ("a crowd larger than 50,000")
    ("larger than", ">="),
    ("bigger than", ">="),
    ("no less than", ">="),
    ("not less than", ">="),
    ("at least", ">="),
    ("upwards of", ">="),
    ("upward of", ">="),
    ("in excess of", ">="),
    ("north of", ">="),
    ("well over", ">="),
    ("over", ">="),
    ("above", ">="),
    ("exceeding", ">="),
    ("exceeded", ">="),
    ("exceeds", ">="),
    ("surpassed", ">="),
    ("surpassing", ">="),
    ("surpasses", ">="),
    ("at most", "<="),
    ("no more than", "<="),
    ("not more than", "<="),
    ("fewer than", "<="),
    ("less than", "<="),
    ("lower than", "<="),
    ("smaller than", "<="),
    ("up to", "<="),
    ("as high as", "<="),
    ("as many as", "<="),
    ("as much as", "<="),
    ("as large as", "<="),
    ("a maximum of", "<="),
    ("a max of", "<="),
    ("just under", "<="),
    ("just below", "<="),
    ("under", "<="),
    ("below", "<="),
    ("sub-", "<="),
    ("nearly", "~"),
    ("almost", "~"),
    ("about", "~"),
    ("around", "~"),
    ("roughly", "~"),
    ("approximately", "~"),
    ("approx.", "~"),
    ("some", "~"),
    ("an estimated", "~"),
    ("estimated", "~"),
    ("close to", "~"),
    ("circa", "~"),
    ("c.", "~"),
    ("~", "~"),
    ("averaging", "~"),
    ("barely", "~"),  # "barely 6 times earnings": about that, as CQE reads it
    ("averaged", "~"),
)
# Bounds and approximations written after the number, or after its unit: "$10 billion or more", "40 minutes or
# so", "300-plus games", "300+ games", "40-odd lawmakers" ("1,200 euros plus VAT" adds a cost: no bound).
BOUND_AFTER_RE = re.compile(
    r"\s+or\s+(?:(?P<more>more|above|higher|greater|over|longer)|(?P<less>less|fewer|below|under|lower|shorter)"
    r"|(?P<so>so))\b|-(?P<plus>plus)\b|(?P<sign>\+)(?![\d+])|-(?P<odd>odd)\b",
    re.I,
)
BOUND_AFTER = {"more": ">=", "less": "<=", "so": "~", "plus": ">=", "sign": ">=", "odd": "~"}
# Words that make the number after them a change ("rose 5%", "was down 2.1%", "an increase of 3%").
UP_WORDS = _words(
    """
    up rise rises rose risen rising gain gains gained gaining climb climbs climbed climbing increase increases
    increased increasing jump jumps jumped jumping advance advances advanced advancing adds added surge
    surges surged surging soar soars soared soaring grow grows grew grown growing boost boosts boosted
    boosting lift lifts lifted rally rallied rallies spike spiked rebound rebounded rebounds upward upwards +
    strengthen strengthens strengthened strengthening widen widens widened widening expand expands expanded
    expanding appreciate appreciates appreciated appreciating firmed firming balloon balloons ballooned
    ballooning swell swells swelled swelling leap leaps leapt leaped leaping rocket rockets rocketed rocketing
    skyrocket skyrockets skyrocketed skyrocketing
    """
)
DOWN_WORDS = _words(
    """
    down fall falls fell fallen falling drop drops dropped dropping decline declines declined declining
    decrease decreases decreased decreasing lose loses lost losing slide slides slid sliding slip slips
    slipped slipping plunge plunges plunged plunging tumble tumbles tumbled tumbling sink sinks sank sunk
    shed sheds shedding cut cuts cutting dip dips dipped ease eases eased easing shrink shrinks shrank
    shrunk slump slumps slumped reduce reduces reduced lower lowered retreat retreated retreats plummet
    plummets plummeted plummeting tank tanks tanked crash crashed crashes skid skidded sag sagged downward
    downwards weaken weakens weakened weakening contracted contracting narrowed narrowing slash slashes slashed
    slashing trimmed trimming depreciate depreciates depreciated depreciating soften softens softened
    softening nosedived pare pares pared paring devalue devalues devalued devaluing slows slowed slowing
    """
)
# Verbs that make a change only of a percentage or points, since of money or things they get something back
# ("shares recovered 2%", but "recovered $3 billion", "recovered 12 bodies"); "back" may follow them.
RATIO_UP_WORDS = _words(
    "recover recovers recovered recovering bounce bounces bounced bouncing improve improves improved improving"
)
# Verbs of a fall that say a change only of a percentage, points or money, as CQE's change words have them
# ("shares collapsed 42%", "the index stumbled 1.3%", "the debut flopped 12%"; but "stumbled 3 times",
# "collapsed 20 metres"). Not "surrender": a sum or a stake handed over ("surrendered $40,000 in cash") is no fall.
RATIO_DOWN_WORDS = _words(
    "collapse collapses collapsed collapsing stumble stumbles stumbled stumbling flop flops flopped flopping"
)
# Phrases of markets that give a gain away: "gave up 3%", "gave back 1.2%" (not a rise, as "up" alone is).
GIVE_BACK_WORDS = _words("give gives gave given giving")
# Verbs that take an amount "off" what they lower: "wiped 8% off the index", "knocked $2 off the price".
OFF_VERBS = _words(
    "wipe wipes wiped wiping knock knocks knocked knocking shave shaves shaved shaving lop lops lopped "
    "take takes took taking slice slices sliced slicing"
)
# Verbs that make a change only of an object they change "by" an amount ("raised its rate by 25 basis
# points"); alone they raise money or questions ("raised $40m").
RAISE_WORDS = _words("raise raises raised raising hike hikes hiked hiking")
# Nouns after the number that make it a change ("a 3 percent drop", "5% higher").
UP_AFTER = _words("rise increase gain jump surge growth higher up advance hike rally climb spike rebound")
DOWN_AFTER = _words(
    "drop fall decline decrease cut lower down slump dip reduction slide plunge contraction tumble"
)
# Plural nouns of change before "of", read for a percentage or points only ("gains of 3%", "declines of 4%"; but
# "gains of $2 billion" may be a profit).
PLURAL_CHANGES = {
    **dict.fromkeys(("gains", "increases", "rises", "jumps", "advances"), "up"),
    **dict.fromkeys(("declines", "drops", "falls", "decreases", "losses"), "down"),
}

# Units: surface form (lower case, as written) -> normalised name. Looked up longest first after a number.
UNITS: dict[str, str] = {
    "%": "percent",
    "percent": "percent",
    "per cent": "percent",
    "pc": "percent",
    "pct": "percent",
    "percentage points": "percentage point",
    "percentage point": "percentage point",
    "basis points": "basis point",
    "basis point": "basis point",
    "bps": "basis point",
    "bp": "basis point",
    "points": "point",
    "point": "point",
    "pts": "point",
    "dollars": "dollar",
    "dollar": "dollar",
    "usd": "dollar",
    "jpy": "japanese yen",
    "eur": "euro",
    "gbp": "pound sterling",
    "chf": "swiss franc",
    "cny": "chinese yuan",
    "inr": "indian rupee",
    "nis": "shekel",
    "sek": "swedish krone",
    "nok": "norwegian krone",
    "dkk": "danish krone",
    "zar": "south african rand",
    "krw": "south korean won",
    "pln": "polish złoty",
    "brl": "brazilian real",
    "huf": "hungarian forint",
    "czk": "czech koruna",
    "idr": "indonesian rupiah",
    "mxn": "mexican peso",
    "sgd": "singapore dollar",
    "hkd": "hong kong dollar",
    "aud": "australian dollar",
    "cad": "canadian dollar",
    "nzd": "new zealand dollar",
    "rmb": "chinese yuan",
    "us dollars": "dollar",
    "australian dollars": "australian dollar",
    "canadian dollars": "canadian dollar",
    "euros": "euro",
    "euro": "euro",
    "pounds sterling": "pound sterling",
    "yen": "japanese yen",
    "yuan": "chinese yuan",
    "renminbi": "chinese yuan",
    "rupees": "indian rupee",
    "shekels": "shekel",
    "shekel": "shekel",
    "danish crowns": "danish krone",
    "kroner": "krone",
    "roubles": "russian ruble",
    "rubles": "russian ruble",
    "ringgit": "malaysian ringgit",
    # currencies named in words, by the names of CQE's unit table (a country's dollars or crowns are its own)
    "hong kong dollars": "hong kong dollar",
    "hong kong dollar": "hong kong dollar",
    "singapore dollars": "singapore dollar",
    "singapore dollar": "singapore dollar",
    "new zealand dollars": "new zealand dollar",
    "rand": "south african rand",
    "rands": "south african rand",
    "reais": "brazilian real",
    "brazilian reais": "brazilian real",
    "pesos": "peso",
    "peso": "peso",
    "argentine pesos": "argentine peso",
    "chilean pesos": "chilean peso",
    "colombian pesos": "colombian peso",
    "swedish crowns": "swedish krone",
    "swedish kronor": "swedish krone",
    "kronor": "swedish krone",
    "norwegian crowns": "norwegian krone",
    "norwegian kroner": "norwegian krone",
    "danish kroner": "danish krone",
    "czech crowns": "czech koruna",
    "korunas": "czech koruna",
    "rupiah": "indonesian rupiah",
    "lira": "turkish lira",
    "liras": "turkish lira",
    "turkish lira": "turkish lira",
    "zlotys": "polish złoty",
    "zloty": "polish złoty",
    "forints": "hungarian forint",
    "forint": "hungarian forint",
    "hryvnias": "ukrainian hryvnia",
    "hryvnia": "ukrainian hryvnia",
    "riyals": "riyal",
    "rials": "rial",
    "cents": "cent",
    "cent": "cent",
    "pence": "penny",
    "p": "penny",
    "years": "year",
    "year": "year",
    "yrs": "year",
    "year-old": "year of age",
    "month-old": "month of age",
    "months-old": "month of age",
    "week-old": "week of age",
    "day-old": "day of age",
    "years-old": "year of age",
    "years old": "year of age",
    "year old": "year of age",
    "months": "month",
    "month": "month",
    "weeks": "week",
    "week": "week",
    "days": "day",
    "day": "day",
    "hours": "hour",
    "hour": "hour",
    "hrs": "hour",
    "minutes": "minute",
    "minute": "minute",
    "min": "minute",
    "mins": "minute",
    "seconds": "second",
    "second": "second",
    "secs": "second",
    "decades": "decade",
    "decade": "decade",
    "centuries": "century",
    "miles per hour": "mile per hour",
    "mph": "mile per hour",
    "km/h": "kilometre per hour",
    "km/hr": "kilometre per hour",
    "kph": "kilometre per hour",
    "kilometres per hour": "kilometre per hour",
    "kilometers per hour": "kilometre per hour",
    "miles per gallon": "mile per gallon",
    "mpg": "mile per gallon",
    "nautical miles": "nautical mile",
    "nautical mile": "nautical mile",
    "miles": "mile",
    "mile": "mile",
    "mi": "mile",
    "kilometres": "kilometre",
    "kilometers": "kilometre",
    "kilometre": "kilometre",
    "kilometer": "kilometre",
    "km": "kilometre",
    "metres": "metre",
    "meters": "metre",
    "metre": "metre",
    "meter": "metre",
    "m": "metre",
    "centimetres": "centimetre",
    "centimeters": "centimetre",
    "cm": "centimetre",
    "millimetres": "millimetre",
    "millimetre": "millimetre",
    "millimeter": "millimetre",
    "centimetre": "centimetre",
    "centimeter": "centimetre",
    "millimeters": "millimetre",
    "mm": "millimetre",
    "nanometres": "nanometre",
    "nanometers": "nanometre",
    "nanometer": "nanometre",
    "nm": "nanometre",
    "μm": "micrometre",
    "micrometres": "micrometre",
    "feet": "foot",
    "foot": "foot",
    "ft": "foot",
    "inches": "inch",
    "inch": "inch",
    "″": "inch",
    "in.": "inch",
    "yards": "yard",
    "yard": "yard",
    "yds": "yard",
    "square feet": "square foot",
    "sq m": "square metre",
    "sqm": "square metre",
    "m2": "square metre",
    "km2": "square kilometre",
    "sq km": "square kilometre",
    "sq. ft.": "square foot",
    "sq. ft": "square foot",
    "cubic feet": "cubic foot",
    "cubic metres": "cubic metre",
    "cubic meters": "cubic metre",
    "millilitres": "millilitre",
    "milliliters": "millilitre",
    "ml": "millilitre",
    "mah": "milliampere-hour",
    "mmbtu": "mega british thermal unit",
    "€": "euro",
    "square foot": "square foot",
    "sq ft": "square foot",
    "square miles": "square mile",
    "square mile": "square mile",
    "square metre": "square metre",
    "square meter": "square metre",
    "square kilometre": "square kilometre",
    "square kilometer": "square kilometre",
    "square yards": "square yard",
    "square yard": "square yard",
    "square metres": "square metre",
    "square meters": "square metre",
    "square kilometres": "square kilometre",
    "square kilometers": "square kilometre",
    "acres": "acre",
    "hectares": "hectare",
    "kilograms": "kilogram",
    "kilogram": "kilogram",
    "kg": "kilogram",
    "kgs": "kilogram",
    "grams": "gram",
    "gram": "gram",
    "g": "gram",
    "milligrams": "milligram",
    "mg": "milligram",
    "tonnes": "tonne",
    "tonne": "tonne",
    "tons": "ton",
    "ton": "ton",
    "pounds": "pound-mass",
    "lbs": "pound-mass",
    "lb": "pound-mass",
    "ounces": "ounce",
    "ounce": "ounce",
    "oz": "ounce",
    "litres": "litre",
    "liters": "litre",
    "litre": "litre",
    "liter": "litre",
    "l": "litre",
    "gallons": "gallon",
    "gallon": "gallon",
    "pints": "pint",
    "pint": "pint",
    "quarts": "quart",
    "quart": "quart",
    "barrels of oil": "barrel of oil",  # CQE's table names oil's barrel apart from any other
    "barrel of oil": "barrel of oil",
    "barrels": "barrel",
    "barrel": "barrel",
    "degrees celsius": "celsius",
    "degrees fahrenheit": "fahrenheit",
    "degrees c": "celsius",
    "degrees f": "fahrenheit",
    "celsius": "celsius",
    "fahrenheit": "fahrenheit",
    "°c": "celsius",
    "°f": "fahrenheit",
    "degrees": "degree",
    "degree": "degree",
    "°": "degree",
    "horsepower": "horsepower",
    "hp": "horsepower",
    "bhp": "brake horsepower",
    "kilowatts": "kilowatt",
    "kw": "kilowatt",
    "kwh": "kilowatt hour",
    "megawatts": "megawatt",
    "mw": "megawatt",
    "gigawatts": "gigawatt",
    "gw": "gigawatt",
    "gwh": "gigawatt hour",
    "watts": "watt",
    "w": "watt",
    "volts": "volt",
    "v": "volt",
    "hz": "hertz",
    "hertz": "hertz",
    "ghz": "gigahertz",
    "mhz": "megahertz",
    "rpm": "revolutions per minute",
    "nm of torque": "newton metre",
    # torque in pounds and feet, one name however written
    "lb-ft": "pound-foot",
    "lb-ft.": "pound-foot",
    "ft-lb": "pound-foot",
    "ft-lbs": "pound-foot",
    "foot-pounds": "pound-foot",
    "foot pounds": "pound-foot",
    "pound feet": "pound-foot",
    "pound-feet": "pound-foot",
    "ppb": "parts-per-billion",
    "ppm": "parts-per-million",
    "parts per billion": "parts-per-billion",
    "parts per million": "parts-per-million",
    "gb": "gigabyte",
    "tb": "terabyte",
    "mb": "megabyte",
    "times": "count",
    "x": "count",
    # units news writes in words or symbols that quantulum3's table names: energy as power over hours, metric
    # tons, microns, light years, tyre and gas pressure, oil output a day
    "kilowatt hours": "kilowatt hour",
    "kilowatt hour": "kilowatt hour",
    "kilowatt-hours": "kilowatt hour",
    "megawatt hours": "megawatt hour",
    "megawatt hour": "megawatt hour",
    "mwh": "megawatt hour",
    "gigawatt hours": "gigawatt hour",
    "terawatt hours": "terawatt hour",
    "metric tons": "tonne",
    "metric ton": "tonne",
    "metric tonnes": "tonne",
    "microns": "micrometre",
    "micron": "micrometre",
    "light years": "light-year",
    "light year": "light-year",
    "light-years": "light-year",
    "psi": "pound per square inch",
    "bpd": "barrel per day",
    "b/d": "barrel per day",
    "barrels per day": "barrel per day",
    "barrels a day": "barrel per day",
    # and kilos, hectares as farm news abbreviates them, a camera's megapixels
    "kilos": "kilogram",
    "kilo": "kilogram",
    "ha": "hectare",
    "hectare": "hectare",
    "megapixels": "megapixel",
    "megapixel": "megapixel",
    # areas with a superscript two, the cent sign, yards and knots by their symbols, frame rates
    "m²": "square metre",
    "km²": "square kilometre",
    "cm²": "square centimetre",
    "ft²": "square foot",
    "mi²": "square mile",
    "¢": "cent",
    "yd": "yard",
    "knots": "knot",
    "knot": "knot",
    "fps": "frame per second",
    "frames per second": "frame per second",
    # food energy and loudness, as health and noise stories write them
    "kcal": "kilocalorie",
    "kilocalories": "kilocalorie",
    "db": "decibel",
    "decibels": "decibel",
    "decibel": "decibel",
    # more units of CQE's table that news writes: heat, kitchen and dose measures, engine sizes, water and
    # blood pressure, screen brightness, emissions in gigatonnes, bitcoin
    "btu": "british thermal unit",
    "btus": "british thermal unit",
    "british thermal units": "british thermal unit",
    "tbsp": "tablespoon",
    "tsp": "teaspoon",
    "cc": "millilitre",
    "sqft": "square foot",
    "sq feet": "square foot",
    "sq in": "square inch",
    "square inches": "square inch",
    "cu ft": "cubic foot",
    "cubic yards": "cubic yard",
    "acre-feet": "acre foot",
    "acre feet": "acre foot",
    "acre-foot": "acre foot",
    "mcg": "microgram",
    "µg": "microgram",
    "μg": "microgram",
    "micrograms": "microgram",
    "mmhg": "millimeter of mercury",
    "mm hg": "millimeter of mercury",
    "nits": "candela per square metre",
    "nit": "candela per square metre",
    "gigatonnes": "gigaton",
    "gigatons": "gigaton",
    "megatonnes": "megaton",
    "megatons": "megaton",
    "kilotonnes": "kiloton",
    "kilotons": "kiloton",
    "btc": "bitcoin",
    "bitcoins": "bitcoin",
    "rouble": "russian ruble",
    "ruble": "russian ruble",
    "kmph": "kilometre per hour",
    "bushels": "bushel",
    "bushel": "bushel",
    # volumes in cubes and areas in square miles as CQE's table names them: reservoirs, ice and gas in cubic
    # metres or kilometres (an engine's cubic centimetres are millilitres, as "cc" is), parks in square miles
    "m³": "cubic metre",
    "km³": "cubic kilometre",
    "cm³": "millilitre",
    "cubic kilometres": "cubic kilometre",
    "cubic kilometers": "cubic kilometre",
    "cubic kilometre": "cubic kilometre",
    "cubic kilometer": "cubic kilometre",
    "cubic metre": "cubic metre",
    "cubic meter": "cubic metre",
    "cubic miles": "cubic mile",
    "cubic mile": "cubic mile",
    "cubic yard": "cubic yard",
    "cubic foot": "cubic foot",
    "cubic inches": "cubic inch",
    "cubic inch": "cubic inch",
    "sq mi": "square mile",
    "sq miles": "square mile",
    "sq mile": "square mile",
    "sq. mi.": "square mile",
    "sq. miles": "square mile",
}
# Currency words that many countries use, plural and singular, by the singular a country's name goes with
# ("Egyptian pounds" -> "egyptian pound", "Mexican pesos" -> "mexican peso").
COUNTRY_CURRENCY_WORDS = {
    form: word
    for word, plural in (
        ("pound", "pounds"),
        ("dollar", "dollars"),
        ("peso", "pesos"),
        ("rupee", "rupees"),
        ("franc", "francs"),
        ("dinar", "dinars"),
        ("dirham", "dirhams"),
        ("riyal", "riyals"),
        ("rial", "rials"),
        ("shilling", "shillings"),
        ("krone", "kroner"),
        ("krona", "kronor"),
        ("lira", "liras"),
    )
    for form in (word, plural)
}
# A country's currency whose name in CQE's table is not the country's word before it.
COUNTRY_CURRENCY_NAMES = {
    "british pound": "pound sterling",
    "uk pound": "pound sterling",
    "sterling pound": "pound sterling",
    "american dollar": "dollar",
    "us dollar": "dollar",
    "u.s. dollar": "dollar",
}
# Units that count only when written in exactly this case (a lone "m" or "F" is too ambiguous otherwise).
CASE_UNITS = {
    "m": "metre",
    "l": "litre",
    "L": "litre",
    "g": "gram",
    "W": "watt",
    "V": "volt",
    "p": "penny",
    "x": "count",
    "mi": "mile",
    "min": "minute",
    "Nm": "newton metre",
    "nm": "nanometre",
    "in.": "inch",
    "C": "celsius",  # glued to the digits only ("41C", "-5C"), as headlines and weather reports write it
    "F": "fahrenheit",
    "MP": "megapixel",  # glued to the digits only ("a 48MP camera"); an "MP" apart is a member of parliament
    "m3": "cubic metre",  # in lower case only: "M3" is a car or a measure of money
    "km3": "cubic kilometre",
    "cm3": "millilitre",
    "Gt": "gigaton",  # emissions in gigatonnes and megatonnes of CO2, as climate reports abbreviate them
    "Mt": "megaton",
    "PS": "horsepower",  # metric horsepower as car makers write it ("300 PS"); before the digits it is "£"
    # basketball's per-game statistics, in lower case only ("RPG rounds" are grenades), named as the counted
    # noun and its rate are when written out ("8.1 rebounds per game")
    "ppg": "point per game",
    "rpg": "rebounds per game",
    "apg": "assists per game",
}
SI_PREFIXES = {
    "h": "hecto",
    "k": "kilo",
    "M": "mega",
    "G": "giga",
    "T": "tera",
    "m": "milli",
    "µ": "micro",
    "μ": "micro",
    "n": "nano",
}
# Base symbols, with the prefixes a news text writes before them (no "millibyte", no "megasecond").
SI_BASES = {
    "Hz": ("hertz", "kMGT"),
    "W": ("watt", "kMGTm"),
    "Wh": ("watt hour", "kMGT"),
    "V": ("volt", "kMm"),
    "A": ("ampere", "km"),
    "Ah": ("ampere-hour", "m"),
    "J": ("joule", "kMG"),
    "Pa": ("pascal", "hkMG"),
    "Sv": ("sievert", "mµμ"),
    "B": ("byte", "kMGT"),
    "bps": ("bit per second", "kMGT"),
    "bit/s": ("bit per second", "kMGT"),
    "s": ("second", "mµμn"),
    "g": ("gram", "kmµμ"),
    "m": ("metre", "kmµμn"),
}


def _si_symbols() -> dict[str, str]:
    """Prefixed SI symbols ("12MHz", "300Mbps", "4.5kPa") by their case-sensitive spelling; a symbol whose
    lower-case form the unit table already reads one way ("mw": megawatt, "mb": megabyte) is left to it."""
    out = {}
    for base, (name, prefixes) in SI_BASES.items():
        for prefix in prefixes:
            symbol = prefix + base
            if symbol.lower() not in UNITS:
                out[symbol] = SI_PREFIXES[prefix] + name
    return out


CASE_UNITS = {**_si_symbols(), **CASE_UNITS}
# Symbols read only inside a quotient ("m/s", "A/cm2"), where a lone letter is a unit for certain.
SYMBOLS_IN_QUOTIENTS = {
    **{base: name for base, (name, _) in SI_BASES.items() if base.isalpha()},
    "h": "hour",
    "s": "second",
    "N": "newton",
    "K": "kelvin",
}
CASE_FOLDED = frozenset(u.lower() for u in CASE_UNITS)
# Units that attach to the digits only ("10kW", "45g"): a free-standing word would be something else.
ATTACHED_ONLY = frozenset({"m", "l", "g", "p", "x", "mi", "c", "f", "mp"})
# Names that a bare number after them belongs to: stock indices and lists ("S&P 500", "Fortune 100").
NAME_WORDS = frozenset(
    [
        "s&p",
        "sp",
        "ftse",
        "nasdaq",
        "dow",
        "russell",
        "nikkei",
        "dax",
        "cac",
        "stoxx",
        "asx",
        "nifty",
        "sensex",
        "kospi",
        "topix",
        "fortune",
        "inc.",
        "big",
        "iphone",
        "galaxy",
        "windows",
        "covid-19",
        "covid",
        "g",
    ]
)

# Words that name a stock index, whose level is quoted in points ("the Nikkei closed at 28,540").
INDEX_WORDS = _words(
    """
    index indices indexes average ftse dow nasdaq nikkei dax cac stoxx asx nifty sensex kospi topix seng tsx ibex
    mib bovespa jse shcomp csi s&p
    """
)

# Currency marks written before the amount: longest first.
CURRENCY_PREFIXES: tuple[tuple[str, str], ...] = (
    ("US $", "dollar"),
    ("$US", "dollar"),
    ("$A", "australian dollar"),
    ("$NZ", "new zealand dollar"),
    ("$C", "canadian dollar"),
    ("US$", "dollar"),
    ("USD", "dollar"),
    ("HK$", "hong kong dollar"),
    ("HK $", "hong kong dollar"),
    ("A$", "australian dollar"),
    ("AU$", "australian dollar"),
    ("C$", "canadian dollar"),
    ("CA$", "canadian dollar"),
    ("NZ$", "new zealand dollar"),
    ("S$", "singapore dollar"),
    ("R$", "brazilian real"),
    ("NT$", "new taiwan dollar"),
    ("$", "dollar"),
    ("€", "euro"),
    ("EUR", "euro"),
    ("£", "pound sterling"),
    ("GBP", "pound sterling"),
    ("PS", "pound sterling"),
    ("¥", "japanese yen"),
    ("JPY", "japanese yen"),
    ("RM", "malaysian ringgit"),
    ("Rs", "indian rupee"),
    ("Rs.", "indian rupee"),
    ("₹", "indian rupee"),
    ("₽", "russian ruble"),
    ("₪", "shekel"),
    ("NIS", "shekel"),
    # ISO codes and signs of other currencies, by the names of CQE's unit table ("CHF 2.5 million", "₩50,000")
    ("SGD", "singapore dollar"),
    ("HKD", "hong kong dollar"),
    ("AUD", "australian dollar"),
    ("CAD", "canadian dollar"),
    ("NZD", "new zealand dollar"),
    ("CHF", "swiss franc"),
    ("SEK", "swedish krone"),
    ("NOK", "norwegian krone"),
    ("DKK", "danish krone"),
    ("ZAR", "south african rand"),
    ("RMB", "chinese yuan"),
    ("CNY", "chinese yuan"),
    ("INR", "indian rupee"),
    ("KRW", "south korean won"),
    ("₩", "south korean won"),
    ("PLN", "polish złoty"),
    ("BRL", "brazilian real"),
    ("HUF", "hungarian forint"),
    ("CZK", "czech koruna"),
    ("IDR", "indonesian rupiah"),
    ("Rp", "indonesian rupiah"),
    ("MXN", "mexican peso"),
    ("RUB", "russian ruble"),
    ("UAH", "ukrainian hryvnia"),
    ("MYR", "malaysian ringgit"),
    ("NGN", "nigerian naira"),
    ("₦", "nigerian naira"),
    ("₱", "philippine peso"),
    ("THB", "thai baht"),
    ("฿", "thai baht"),
)
# Currency marks read only when glued to the digits: "PS" is the pound sign as an ASCII transliteration writes it
# ("PS2.7m", "PS325,000"), while "PS 5" apart, or glued to one digit ("PS5"), names a console.
GLUED_ONLY_PREFIXES = frozenset({"PS"})

# Month names and abbreviations, the abbreviations also with their period ("Jan.", "Sept."; "May" has none).
MONTHS = frozenset(MONTH_NUMBERS) | {f"{m}." for m in MONTH_NUMBERS if len(m) == 3 and m != "may"} | {"sept."}
DURATION_UNITS = _words(
    """
    year years month months week weeks day days hour hours minute minutes second seconds decade decades
    century centuries year-old years-old month-old week-old day-old yr yrs hrs min mins
    """
)
# Units of play a count is averaged over, as "a day" is: "2.1 goals a game", "seven strikeouts a start".
PLAY_UNITS = _words("game match start outing round race appearance contest fixture season")
# First words of a "counted noun" that make it a time reference instead ("1.7 last year").
NOT_COUNTED = _words("last next this previous same following coming past")
# Words before a number that make it a place in a ranking when it counts nothing ("the top 40").
RANK_WORDS = _words("top bottom")
# Words whose repetition before two numbers of a sentence makes them the same kind ("by 2% ... by 1").
PARALLEL_WORDS = _words("by at to from of with around")
# What stands between a part and its whole: "40 million of the 2.5 billion rupees", "12 of 30 sites", "7 of its
# last 10 matches".
PART_OF_RE = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+|an?\s+|its\s+|their\s+|his\s+|her\s+|our\s+|your\s+)?"
    r"(?:(?:last|first|next|past|previous|final|remaining)\s+)?",
    re.I,
)
# Nouns for a person: a bare number set off by commas after one is an age ("the driver, 41, was ...").
PERSON_NOUNS = _words(
    """
    man woman boy girl child son daughter mother father wife husband brother sister grandmother grandfather
    driver passenger pilot victim suspect defendant winner player teacher student pupil resident owner worker
    officer soldier nurse doctor farmer neighbour neighbor friend fan actor singer artist author
    coach manager captain patient mayor senator governor minister lawmaker politician candidate lawyer
    journalist reporter chef priest professor scientist engineer executive founder entrepreneur musician
    actress rapper comedian athlete boxer golfer striker goalkeeper cyclist runner swimmer jockey rider
    climber tourist survivor witness inmate prisoner veteran baby toddler teenager teen nephew niece cousin
    uncle aunt grandson granddaughter boyfriend girlfriend partner fiancé fiancée
    forward defender midfielder winger fullback quarterback linebacker receiver pitcher catcher batter batsman
    bowler keeper sprinter skier skater gymnast wrestler fighter referee umpire champion
    pensioner retiree widow widower bride groom youngster schoolboy schoolgirl infant
    gunman attacker assailant shooter killer murderer robber thief burglar offender convict accused detainee
    hostage migrant refugee protester demonstrator
    billionaire millionaire businessman businesswoman tycoon banker trader investor accountant mechanic plumber
    electrician carpenter builder labourer laborer cleaner waiter waitress cashier firefighter paramedic surgeon
    dentist pharmacist midwife carer caregiver volunteer employee staffer diplomat ambassador legislator
    congressman congresswoman councillor councilor chairman chairwoman designer architect writer novelist poet
    playwright filmmaker producer presenter broadcaster dancer celebrity influencer star couple twins
    """
)
# Nouns that count people as a survey or a census does, besides the nouns of a person above ("eight in 10
# voters", "40 patients over 80 years"), singular.
PEOPLE_COUNTED = PERSON_NOUNS | _words(
    """
    person people adult voter member customer consumer shopper user subscriber respondent citizen american
    briton household family homeowner renter tenant applicant smoker drinker participant visitor parent kid
    senior elder youth adolescent worker employee staff graduate viewer listener reader fan patient
    """
)
IRREGULAR_PLURALS = {  # plural: its singular
    "children": "child",
    "people": "person",
    "men": "man",
    "women": "woman",
    "staff": "staff",
}


def counts_people(noun_phrase: str | None) -> bool:
    """Whether a counted noun phrase counts people ("Russian citizens", "patients", "children")."""
    if not noun_phrase:
        return False
    word = noun_phrase.split()[-1].lower()
    forms = {word, IRREGULAR_PLURALS.get(word, word), re.sub(r"s$", "", word), re.sub(r"(?:ies)$", "y", word)}
    return bool(forms & PEOPLE_COUNTED)


# Subjects of "be" that make a bare number after it an age ("she is 35", "life expectancy is 73").
PERSONAL_PRONOUNS = _words("i you he she we they")
AGE_SUBJECTS = _words("age expectancy")
# Verbs whose subject is the source of what they govern: said, estimated, reported, ... (PARC cue lemmas).
SPEECH_VERBS = _words(
    """
    say tell report estimate claim announce state add note warn write confirm reveal find show
    indicate suggest put calculate count record document allege insist predict forecast project
    believe think expect acknowledge admit disclose tweet post publish cite
    """
)
# Reporting verbs whose object is who is told, not what ("told a crowd of 400").
ADDRESSEE_VERBS = _words("tell warn inform brief assure remind")
# Common nouns that name a source when they are the subject of a reporting verb: people and bodies who speak
# for themselves or others, and the documents that carry figures ("the survey found", "officials said").
SOURCE_NOUNS = _words(
    """
    official spokesman spokeswoman spokesperson source person people witness analyst expert economist
    researcher scientist investigator prosecutor lawyer attorney aide adviser advisor diplomat envoy negotiator
    representative leader minister president chairman chairwoman chair chief director executive manager owner
    officer commander doctor medic nurse activist campaigner monitor resident organiser organizer authority
    police government ministry department agency office observatory organisation organization group company
    firm bank regulator council committee commission board union court army military service hospital
    survey study report poll census statistic figure estimate count statement document filing data
    """
)
# Entity labels that can name the source of a figure.
ATTRIBUTION_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

# A duration used as an adjective names a kind of thing, not a figure: "a five-year award", "the 10-year
# bond", "a two-month contract" (but "a six-year, 2.4 billion-mile journey" and "a 45-year-old" are kept).
DURATION_ADJECTIVE_RE = re.compile(r"^-(?:year|month|week|day|hour|minute)\s+(?=[A-Za-z$€£])")
# A house number: "22-24 Mill Lane", "10 Downing Street".
ADDRESS_RE = re.compile(
    r"^(?:\s?[-–]\s?\d+)?\s+(?:[A-Z][a-z]+\s+){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Place|Square|Terrace|Crescent)\b"
)
NUMBER_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?!,\d)")
FRACTION_RE = re.compile(r"(?<![\w/.])(\d+)\s*[/⁄](\d+)(?![\w/])")
TIME_AFTER_RE = re.compile(
    r"^\s*(?:[:.]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?|GMT|GMT\b|ET\b|EST\b|BST\b|UTC\b)", re.I
)
CLOCK_RE = re.compile(r"^:\s?\d\d")  # "22:07", and "22: 07" as tokenised corpora write it
URLISH_RE = re.compile(r"\S*(?:://|www\.|@|\.com|\.org|\.html?)\S*")


# Verbs whose subject a survey's share is ("one in four said", "one in five say", "one in three would"): the
# whole's people are left unsaid, and the parse may take the verb for what is counted ("five say").
SURVEY_VERBS = _words(
    """
    say said think thought believe believed feel felt want wanted expect expected plan planned agree agreed
    disagree disagreed support supported oppose opposed back backed favour favoured favor favored prefer
    preferred admit admitted report reported trust trusted would will could can are were have had do did
    """
)
