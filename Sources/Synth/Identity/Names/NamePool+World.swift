extension NamePool {
    /// Common names in Nigeria and Ghana.
    static let westAfrican = NamePool(
        male: ["Chinedu", "Emeka", "Tobi", "Oluwaseun", "Ayodele", "Kwame", "Kofi", "Kwabena", "Yaw", "David", "Daniel",
               "Samuel", "Joshua", "Ifeanyi", "Chukwuemeka", "Femi", "Tunde", "Kelechi", "Nana", "Emmanuel", "Israel", "Divine"],
        female: ["Adaeze", "Chiamaka", "Ngozi", "Funmilayo", "Temitope", "Oluwadamilare", "Abena", "Akosua", "Ama",
                 "Efua", "Grace", "Blessing", "Favour", "Precious", "Ifeoma", "Folake", "Yetunde", "Esther", "Comfort", "Adwoa"],
        surnames: ["Okafor", "Okonkwo", "Adeyemi", "Adebayo", "Olawale", "Balogun", "Ogunleye", "Eze", "Nwosu", "Chukwu",
                   "Obi", "Mensah", "Owusu", "Boateng", "Asante", "Appiah", "Osei", "Addo", "Agyeman", "Danso", "Oyelaran",
                   "Afolabi", "Ibrahim", "Bello", "Akinola"])

    /// Common names in Somalia, Eritrea, Sudan and Ethiopia.
    static let eastAfrican = NamePool(
        male: ["Abdi", "Mohamed", "Ahmed", "Abdirahman", "Hassan", "Yusuf", "Ibrahim", "Mustafa", "Dawit", "Yonas",
               "Samuel", "Mahad", "Liban", "Hamza", "Khalid"],
        female: ["Amina", "Hodan", "Fadumo", "Sagal", "Hibo", "Nasra", "Ayaan", "Safiya", "Ruth", "Hanna", "Selam",
                 "Hawa", "Ifrah", "Maryan", "Khadija"],
        surnames: ["Ali", "Hassan", "Mohamed", "Abdi", "Ahmed", "Warsame", "Farah", "Osman", "Jama", "Hussein", "Noor",
                   "Yusuf", "Haile", "Tesfaye", "Bekele", "Mekonnen", "Abdullahi", "Omar"])

    /// Common names among people of Caribbean heritage in England.
    static let caribbean = NamePool(
        male: ["Jermaine", "Tyrone", "Marcus", "Andre", "Dwayne", "Kemar", "Leon", "Jaden", "Malachi", "Isaiah", "Elijah",
               "Nathaniel", "Reuben", "Tristan", "Kayden", "Jayden", "Dante", "Darnell"],
        female: ["Shanice", "Aaliyah", "Tia", "Jada", "Keisha", "Monique", "Chantelle", "Imani", "Kezia", "Serena",
                 "Tiana", "Nia", "Amara", "Jasmine", "Destiny", "Zara", "Shakira", "Alisha"],
        surnames: ["Campbell", "Brown", "Francis", "Thomas", "Williams", "Henry", "Clarke", "Grant", "Reid", "Edwards",
                   "Johnson", "Douglas", "Samuels", "Bailey", "Morgan", "Gordon", "Stewart", "Powell", "Lawrence",
                   "Richards", "Bennett", "Forbes", "McKenzie", "Walters"])

    /// Common names in India (Hindu, Sikh and Gujarati families).
    static let southAsian = NamePool(
        male: ["Arjun", "Rohan", "Aarav", "Vihaan", "Krish", "Dev", "Rahul", "Amit", "Sanjay", "Harjeet", "Gurpreet",
               "Manpreet", "Jaspreet", "Karan", "Nikhil", "Ravi", "Aryan", "Ishaan", "Jai", "Veer"],
        female: ["Priya", "Ananya", "Aanya", "Diya", "Kavya", "Anika", "Isha", "Simran", "Harleen", "Navneet", "Pooja",
                 "Riya", "Meera", "Shreya", "Tara", "Jasleen", "Divya", "Neha", "Sana", "Nisha"],
        surnames: ["Patel", "Shah", "Sharma", "Singh", "Kaur", "Gupta", "Kumar", "Mistry", "Desai", "Mehta", "Joshi",
                   "Chauhan", "Sandhu", "Gill", "Dhillon", "Sidhu", "Bains", "Verma", "Nair", "Reddy", "Iyer", "Rao",
                   "Parmar", "Solanki", "Lad"])

    /// Common names in Pakistani families.
    static let pakistani = NamePool(
        male: ["Muhammad", "Ali", "Hamza", "Ibrahim", "Zain", "Ayaan", "Yusuf", "Usman", "Bilal", "Hassan", "Adam",
               "Imran", "Faisal", "Zakariya", "Rayan", "Haris", "Umar", "Abdullah", "Arham", "Saad"],
        female: ["Aisha", "Fatima", "Maryam", "Zainab", "Hafsa", "Hania", "Inaya", "Amira", "Sana", "Ayesha", "Khadija",
                 "Mahnoor", "Eshal", "Alisha", "Laiba", "Iqra", "Noor", "Rimsha", "Anaya", "Hira"],
        surnames: ["Khan", "Hussain", "Ahmed", "Ali", "Akhtar", "Mahmood", "Iqbal", "Raza", "Shah", "Butt", "Malik",
                   "Qureshi", "Rashid", "Javed", "Aslam", "Bibi", "Hanif", "Riaz", "Saleem", "Sharif", "Zaman", "Mirza"])

    /// Common names in Bangladeshi families.
    static let bangladeshi = NamePool(
        male: ["Mohammed", "Abdul", "Rahim", "Tahmid", "Ayan", "Rayyan", "Shahid", "Sami", "Nabil", "Imran", "Fahim",
               "Tanvir", "Rafi", "Arif", "Jubair", "Mahir", "Sabbir", "Tariq"],
        female: ["Fatema", "Sumaiya", "Nusrat", "Tasnim", "Jannat", "Sadia", "Ruksana", "Maliha", "Samira", "Halima",
                 "Tahmina", "Nadia", "Farhana", "Shirin", "Sabrina", "Anika", "Afia", "Raisa"],
        surnames: ["Begum", "Miah", "Uddin", "Rahman", "Islam", "Ahmed", "Hossain", "Ali", "Khatun", "Chowdhury",
                   "Hoque", "Alam", "Karim", "Sultana", "Akter", "Bibi", "Haque", "Mia"])

    /// Common names in Chinese families.
    static let chinese = NamePool(
        male: ["Wei", "Jun", "Hao", "Jian", "Ming", "Yi", "Chen", "Kai", "Ethan", "Ryan", "Jason", "Kevin", "Lucas",
               "Tian", "Yu", "Zhi"],
        female: ["Mei", "Li", "Xin", "Yan", "Ying", "Hui", "Jia", "Lin", "Chloe", "Emily", "Grace", "Joyce", "Yue",
                 "Xiao", "Ning", "Qing"],
        surnames: ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
                   "Zhu", "Hu", "Lin", "Guo", "He", "Cheung", "Wong", "Chan", "Leung", "Lau", "Ng", "Tang"])

    /// Common names in Arab, Afghan, Kurdish, Iranian and other Middle Eastern families.
    static let arab = NamePool(
        male: ["Omar", "Ahmad", "Karim", "Khalid", "Tariq", "Sami", "Youssef", "Ziad", "Hadi", "Nabil", "Amir",
               "Reza", "Dara", "Rawand", "Hussain", "Idris", "Jamal", "Majid"],
        female: ["Layla", "Yasmin", "Nour", "Rania", "Salma", "Dina", "Hiba", "Leen", "Mariam", "Shirin", "Parisa",
                 "Zahra", "Lana", "Rana", "Aya", "Malak", "Huda", "Soraya"],
        surnames: ["Haddad", "Khalil", "Nasser", "Saleh", "Hamdan", "Mansour", "Darwish", "Aziz", "Karimi", "Rahimi",
                   "Ahmadi", "Hosseini", "Mohammadi", "Barzani", "Qadir", "Saeed", "Abbas", "Hamid", "Yousef", "Najjar"])
}
