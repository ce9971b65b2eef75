/** What `npm start` runs once dependencies are installed. */
console.log('Kitdesk: the domain rules are in place; the central API and kiosk start here once they exist.');
console.log('Run the tests with: npm test');
